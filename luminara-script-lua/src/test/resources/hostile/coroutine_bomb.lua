-- expect: limit:COROUTINES
local H = {}
function H:on_start()
  local cs = {}; for i = 1, 10000 do cs[i] = coroutine.create(function() coroutine.yield() end); coroutine.resume(cs[i]) end
end
return H
