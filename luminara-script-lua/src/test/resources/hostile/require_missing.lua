-- expect: error
local H = {}
function H:on_start()
  require("no_such_module"); error("ESCAPED")
end
return H
