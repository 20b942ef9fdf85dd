-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local s = "x"; while true do s = s .. s end
end
return H
