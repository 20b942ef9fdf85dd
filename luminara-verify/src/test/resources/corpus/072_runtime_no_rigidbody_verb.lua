-- expect: sandbox @6 Vehicle.SetSpeed
-- attach: tower_lamp
local C = {}

function C:on_start()
  Vehicle.SetSpeed(5)
end

return C
