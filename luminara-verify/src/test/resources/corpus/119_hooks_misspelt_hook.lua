-- expect: static @8:1 no-hooks
local C = {}

function C:on_udpate(dt)
  transform.rotate_y(self.entity, dt)
end

return C
