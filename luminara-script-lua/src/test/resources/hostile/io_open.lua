-- expect: error
local H = {}
function H:on_start()
  local f = io.open("/tmp/luminara-canary-io", "w"); f:write("x"); error("ESCAPED")
end
return H
