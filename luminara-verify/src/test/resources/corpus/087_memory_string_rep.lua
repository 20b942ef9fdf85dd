-- expect: sandbox @5 max_
local C = {}

function C:on_start()
  self.s = string.rep("x", 1e9)
end

return C
