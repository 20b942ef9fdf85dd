-- expect: sandbox max_
local C = {}

function C:on_start()
  local t = {}
  for i = 1, 1e6 do t[i] = "abcdefghij" end
  self.s = table.concat(t)
end

return C
