-- expect: static @5:3 unknown-api `transform.rotate` is unknown
local C = {}

function C:on_update(dt)
  transform.rotate(self.entity, 0, 45 * dt, 0)
end

return C
