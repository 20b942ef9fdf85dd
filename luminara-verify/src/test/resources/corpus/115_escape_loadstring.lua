-- expect: static sandbox-escape `loadstring` is not available
local C = {}

function C:on_start()
  loadstring("return 1")()
end

return C
