-- expect: error
local H = {}
function H:on_start()
  local r = debug.getregistry(); error("ESCAPED")
end
return H
