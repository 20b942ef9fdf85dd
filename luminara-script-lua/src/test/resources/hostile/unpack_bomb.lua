-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local t = {}; local x = table.unpack(t, 1, 1e8)
end
return H
