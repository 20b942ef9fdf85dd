-- expect: ok
local H = {}
function H:on_start()
  local f = load("return io"); if f() ~= nil then error("ESCAPED") end
end
return H
