-- expect: error
local H = {}
function H:on_start()
  package.loadlib("libc.so.6", "system"); error("ESCAPED")
end
return H
