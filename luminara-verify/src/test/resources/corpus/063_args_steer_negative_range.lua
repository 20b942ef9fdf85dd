-- expect: warning @5:17 argument-range will be clamped to -1
local C = {}

function C:on_start()
  Vehicle.Steer(-3)
end

return C
