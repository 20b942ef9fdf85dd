-- expect: error
local H = {}
function H:on_start()
  os.exit(1); error("ESCAPED")
end
return H
