-- expect: sandbox @5 load: binary chunks are not allowed
local C = {}

function C:on_start()
  local f = assert(load("\27Lua\82\0"))
  f()
end

return C
