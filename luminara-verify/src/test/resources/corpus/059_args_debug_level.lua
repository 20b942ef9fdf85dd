-- expect: static @5:18 argument-range must be one of
local C = {}

function C:on_start()
  Debug.Log("x", "fatal")
end

return C
