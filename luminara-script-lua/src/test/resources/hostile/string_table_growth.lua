-- expect: limit:INSTRUCTIONS|MEMORY|EXECUTION_TIME
local H = {}
function H:on_start()
  local t = {}; local i = 0; while true do i = i + 1; t[i] = tostring(i) .. "abcdefghij" end
end
return H
