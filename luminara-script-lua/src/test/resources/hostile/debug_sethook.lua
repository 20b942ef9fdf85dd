-- expect: error
local H = {}
function H:on_start()
  debug.sethook(); error("ESCAPED")
end
return H
