-- expect: error
local H = {}
function H:on_start()
  local c = java.lang.Class.forName("java.lang.Runtime"); error("ESCAPED")
end
return H
