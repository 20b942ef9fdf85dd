-- expect: sandbox max_
local C = {}

function C:on_start()
  local i = 0
  repeat i = i + 1 until false
end

return C
