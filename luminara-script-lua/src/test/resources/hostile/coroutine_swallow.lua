-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local co = coroutine.create(function() while true do end end); local ok, e = coroutine.resume(co)
end
return H
