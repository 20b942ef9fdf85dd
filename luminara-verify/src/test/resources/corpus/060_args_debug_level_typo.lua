-- expect: static @5:18 argument-range did you mean 'warn'
local C = {}

function C:on_start()
  Debug.Log("x", "wran")
end

return C
