-- expect: static @5:17 argument-type expects a number
local C = {}

function C:on_start()
  Vehicle.Steer(true)
end

return C
