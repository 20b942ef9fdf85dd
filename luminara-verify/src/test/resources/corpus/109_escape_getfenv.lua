-- expect: static @5:15 sandbox-escape `getfenv` is not available
local C = {}

function C:on_start()
  local env = getfenv(1)
end

return C
