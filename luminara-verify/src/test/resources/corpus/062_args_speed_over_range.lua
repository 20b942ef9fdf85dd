-- expect: warning @5:20 argument-range will be clamped to 100
local C = {}

function C:on_start()
  Vehicle.SetSpeed(500)
end

return C
