-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local x = 0; repeat x = x + 1 until false
end
return H
