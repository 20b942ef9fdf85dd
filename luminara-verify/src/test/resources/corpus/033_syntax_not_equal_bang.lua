-- expect: static @5:13 syntax syntax error near
local C = {}

function C:on_update(dt)
  if self.n != nil then return end
end

return C
