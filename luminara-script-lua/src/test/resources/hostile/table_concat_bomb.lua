-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local s = string.rep("y", 1e6); local t = {}; for i = 1, 64 do t[i] = s end; local u = table.concat(t)
end
return H
