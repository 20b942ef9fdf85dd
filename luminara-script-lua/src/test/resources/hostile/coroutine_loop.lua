-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local co = coroutine.create(function() while true do end end); print(coroutine.resume(co)); while true do end
end
return H
