-- expect: pass
local C = {}

function C:on_update(dt)
  Vehicle.Steer(0.5)
end

return C
