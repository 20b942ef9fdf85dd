-- expect: sandbox @5 late failure
local C = {}

function C:on_update(dt)
  if time.frame() > 3 then error("late failure") end
end

return C
