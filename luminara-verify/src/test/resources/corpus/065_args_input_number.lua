-- expect: static @5:20 argument-type
local C = {}

function C:on_update(dt)
  if input.pressed(true) then end
end

return C
