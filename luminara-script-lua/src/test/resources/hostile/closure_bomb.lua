-- expect: limit:INSTRUCTIONS|MEMORY|EXECUTION_TIME
local H = {}
function H:on_start()
  local fs = {}; local i = 0; while true do i = i + 1; local j = i; fs[i] = function() return j end end
end
return H
