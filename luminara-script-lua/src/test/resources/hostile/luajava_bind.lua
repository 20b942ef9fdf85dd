-- expect: error
local H = {}
function H:on_start()
  local S = luajava.bindClass("java.lang.System"); S:exit(0); error("ESCAPED")
end
return H
