-- expect: static syntax syntax error near
local C = {}

function C:on_update(dt)
  self.n = 0
  self.n++
end

return C
