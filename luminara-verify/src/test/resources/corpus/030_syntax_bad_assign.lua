-- expect: static syntax syntax error near
local C = {}

function C:on_start()
  local = 5
end

return C
