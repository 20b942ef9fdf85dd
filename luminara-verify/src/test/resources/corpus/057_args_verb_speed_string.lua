-- expect: static @5:20 argument-type expects a number
local C = {}

function C:on_start()
  Vehicle.SetSpeed("fast")
end

return C
