-- expect: static syntax syntax error near
local C = {}

function C:on_update(dt)
  local x = 1 +* 2
end

return C
