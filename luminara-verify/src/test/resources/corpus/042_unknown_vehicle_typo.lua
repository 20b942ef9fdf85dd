-- expect: static @5:3 unknown-api did you mean `Vehicle.SetSpeed`
local C = {}

function C:on_start()
  Vehicle.SetSped(5)
end

return C
