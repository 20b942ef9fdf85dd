-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  ::top:: goto top
end
return H
