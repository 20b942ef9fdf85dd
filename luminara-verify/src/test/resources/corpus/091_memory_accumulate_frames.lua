-- expect: sandbox max_
local C = {}

function C:on_update(dt)
  self.t = self.t or {}
  for i = 1, 2e6 do self.t[#self.t + 1] = i end
end

return C
