-- expect: static @5:3 sandbox-escape `luajava` is not available
local C = {}

function C:on_start()
  luajava.bindClass("java.lang.Runtime")
end

return C
