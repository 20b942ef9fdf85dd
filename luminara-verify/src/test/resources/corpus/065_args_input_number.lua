-- expect: static argument-type
local C = {}

function C:on_update(dt)
  if input.pressed(true) then end
end

return C
