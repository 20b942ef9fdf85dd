-- expect: pass
local C = {}

function C:on_start()
  Vehicle.SetSpeed(5)
end

return C
