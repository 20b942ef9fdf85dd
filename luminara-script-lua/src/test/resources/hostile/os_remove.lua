-- expect: error
local H = {}
function H:on_start()
  os.remove("/tmp/whatever"); error("ESCAPED")
end
return H
