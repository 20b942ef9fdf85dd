-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local t = {}; for i = 1, 200 do t[i] = i end; table.sort(t, function(a, b) while true do end end)
end
return H
