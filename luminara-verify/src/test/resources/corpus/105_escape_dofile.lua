-- expect: static @5:3 sandbox-escape `dofile` is not available
local C = {}

function C:on_start()
  dofile("/tmp/x.lua")
end

return C
