-- expect: sandbox @5 arithmetic
local C = {}

function C:on_update(dt)
  self.count = self.count + 1
end

return C
