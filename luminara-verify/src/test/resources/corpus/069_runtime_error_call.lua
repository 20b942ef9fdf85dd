-- expect: sandbox @5 something went wrong
local C = {}

function C:on_start()
  error("something went wrong")
end

return C
