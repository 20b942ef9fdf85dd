-- expect: error
local H = {}
function H:on_start()
  rawset(string, "x", 1); error("ESCAPED")
end
return H
