-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  while true do end
end
return H
