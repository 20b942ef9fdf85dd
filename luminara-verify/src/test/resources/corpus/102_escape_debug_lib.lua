-- expect: static @5:3 sandbox-escape `debug` is not available
local C = {}

function C:on_start()
  debug.sethook()
end

return C
