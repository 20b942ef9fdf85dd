-- expect: static @5:13 sandbox-escape `io` is not available
local C = {}

function C:on_start()
  local f = io.open("/etc/passwd")
end

return C
