-- expect: error
local H = {}
function H:on_start()
  loadfile("/etc/passwd"); error("ESCAPED")
end
return H
