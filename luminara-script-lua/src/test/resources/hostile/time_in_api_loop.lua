-- expect: limit:API_CALLS
local H = {}
function H:on_start()
  while true do time.frame() end
end
return H
