-- expect: pass
-- attach: none
local C = {}

function C:on_update(dt)
  self.frames = (self.frames or 0) + 1
end

return C
