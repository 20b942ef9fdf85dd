-- expect: sandbox @6 max_
local C = {}

function C:on_start()
  local s = 0
  for i = 1, 1e12 do s = s + i end
end

return C
