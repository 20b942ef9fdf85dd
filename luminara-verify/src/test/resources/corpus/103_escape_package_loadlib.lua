-- expect: static sandbox-escape `package` is not available
local C = {}

function C:on_start()
  package.loadlib("libc.so", "system")
end

return C
