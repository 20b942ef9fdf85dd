-- expect: error
local H = {}
function H:on_start()
  local b = string.dump(function() end); error("ESCAPED")
end
return H
