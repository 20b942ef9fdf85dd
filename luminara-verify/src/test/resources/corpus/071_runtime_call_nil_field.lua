-- expect: sandbox @5 call
local C = {}

function C:on_start()
  self:helper()
end

return C
