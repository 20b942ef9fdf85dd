-- expect: limit:STACK_DEPTH
local H = {}
function H:on_start()
  local t = setmetatable({}, {__index = function(t, k) return t[k .. "x"] end}); local v = t.a
end
return H
