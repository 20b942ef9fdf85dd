-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local s = string.rep("x", 2^31)
end
return H
