-- expect: pass
local C = {}

function C:on_update(dt)
  transform.rotate_y(self.entity, 45 * dt)
end

return C
