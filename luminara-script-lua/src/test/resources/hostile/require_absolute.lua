-- expect: error
local H = {}
function H:on_start()
  require("/etc/passwd"); error("ESCAPED")
end
return H
