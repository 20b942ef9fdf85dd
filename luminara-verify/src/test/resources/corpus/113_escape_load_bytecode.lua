-- expect: sandbox
local C = {}

function C:on_start()
  local f = assert(load("\27Lua\82\0"))
  f()
end

return C
