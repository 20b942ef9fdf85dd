-- expect: contained
local H = {}
function H:on_start()
  local f = coroutine.wrap(function() while true do coroutine.yield() end end); while true do f() end
end
return H
