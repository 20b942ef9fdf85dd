-- expect: static @5 syntax syntax error
local C = {}

function C:on_start()
  goto nowhere
end

return C
