-- expect: ok
local H = {}
function H:on_start()
  for i = 1, 100 do collectgarbage("collect") end
end
return H
