-- expect: static @5:3 sandbox-escape `loadstring` is not available
local C = {}

function C:on_start()
  loadstring("return 1")()
end

return C
