-- expect: static syntax break
local C = {}

function C:on_start()
  break
end

return C
