-- expect: static @5 syntax break
local C = {}

function C:on_start()
  break
end

return C
