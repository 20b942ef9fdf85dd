-- expect: ok
local H = {}
function H:on_start()
  print = nil; string = nil; _G.transform = nil
end
return H
