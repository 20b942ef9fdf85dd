-- expect: static @5:3 sandbox-escape `package` is not available
local C = {}

function C:on_start()
  package.loadlib("libc.so", "system")
end

return C
