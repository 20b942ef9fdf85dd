-- expect: static @5:13 sandbox-escape `loadfile` is not available
local C = {}

function C:on_start()
  local f = loadfile("/tmp/x.lua")
end

return C
