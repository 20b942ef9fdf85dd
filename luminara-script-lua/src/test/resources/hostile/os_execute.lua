-- expect: error
local H = {}
function H:on_start()
  os.execute("touch /tmp/luminara-canary-exec"); error("ESCAPED")
end
return H
