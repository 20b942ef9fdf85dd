-- expect: error
local H = {}
function H:on_start()
  setmetatable(table, {}); error("ESCAPED")
end
return H
