-- expect: sandbox max_
local C = {}

function C:on_start()
  ::top::
  self.x = 1
  goto top
end

return C
