-- expect: static @5:3 unknown-global did you mean `Vehicle`
local C = {}

function C:on_start()
  vehicle.SetSpeed(5)
end

return C
