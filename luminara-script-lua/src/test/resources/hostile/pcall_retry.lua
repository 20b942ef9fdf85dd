-- expect: limit:INSTRUCTIONS|MEMORY
local H = {}
function H:on_start()
  for i = 1, 1e9 do local ok = pcall(function() local x = 0 for j = 1, 1e6 do x = x + j end end) end
end
return H
