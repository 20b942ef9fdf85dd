-- expect: error
local H = {}
function H:on_start()
  transform.set_position = nil; error("ESCAPED")
end
return H
