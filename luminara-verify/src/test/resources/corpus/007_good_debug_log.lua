-- expect: pass
local C = {}

function C:on_start()
  Debug.Log("ready", "warn")
end

return C
