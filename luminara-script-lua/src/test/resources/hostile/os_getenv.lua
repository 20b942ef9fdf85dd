-- expect: error
local H = {}
function H:on_start()
  local v = os.getenv("HOME"); error("ESCAPED " .. tostring(v))
end
return H
