-- expect: static @5:9 syntax syntax error near
local C = {}

function C:on_start()
  local = 5
end

return C
