-- expect: sandbox max_
local C = {}

function C:on_start()
  local t = {}
  for i = 1, 1e9 do t[i] = { i, i, i } end
end

return C
