-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  while true do pcall(function() while true do end end) end
end
return H
