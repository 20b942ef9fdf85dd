-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local s = string.rep("z", 4e6); local x = {string.byte(s, 1, -1)}
end
return H
