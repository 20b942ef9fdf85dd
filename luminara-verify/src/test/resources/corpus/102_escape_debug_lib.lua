-- expect: static sandbox-escape `debug` is not available
local C = {}

function C:on_start()
  debug.sethook()
end

return C
