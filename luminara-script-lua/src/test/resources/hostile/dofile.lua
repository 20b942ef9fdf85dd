-- expect: error
local H = {}
function H:on_start()
  dofile("/etc/passwd"); error("ESCAPED")
end
return H
