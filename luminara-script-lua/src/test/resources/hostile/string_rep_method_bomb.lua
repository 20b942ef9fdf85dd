-- expect: limit:VALUE_SIZE
local H = {}
function H:on_start()
  local s = ("x"):rep(1e9)
end
return H
