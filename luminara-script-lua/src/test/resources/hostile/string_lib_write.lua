-- expect: error
local H = {}
function H:on_start()
  string.rep = nil; error("ESCAPED")
end
return H
