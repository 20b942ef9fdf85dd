-- expect: sandbox max_
local C = {}

function C:on_update(dt)
  while true do
    self.n = (self.n or 0) + 1
  end
end

return C
