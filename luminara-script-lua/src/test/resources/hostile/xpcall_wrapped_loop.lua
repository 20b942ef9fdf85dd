-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  xpcall(function() while true do end end, function(e) while true do end end)
end
return H
