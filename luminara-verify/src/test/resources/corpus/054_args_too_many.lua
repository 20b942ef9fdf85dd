-- expect: static @5:3 arity takes at most
local C = {}

function C:on_update(dt)
  transform.rotate_y(self.entity, 10, 20, 30)
end

return C
