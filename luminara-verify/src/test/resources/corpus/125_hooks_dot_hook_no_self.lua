-- expect: warning @4:1 hook-self first parameter is not
local C = {}

function C.on_update(dt)
  local x = dt
end

return C
