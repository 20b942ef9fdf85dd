-- expect: error
local H = {}
function H:on_start()
  math.floor = print; error("ESCAPED")
end
return H
