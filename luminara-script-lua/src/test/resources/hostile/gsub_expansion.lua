-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local s = string.rep("a", 1e6); s = s:gsub("a", string.rep("b", 100))
end
return H
