-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local f = load("while true do end", "x", "t", {}); f()
end
return H
