-- expect: static @5:35 argument-type expects number
local C = {}

function C:on_update(dt)
  transform.rotate_y(self.entity, "fast")
end

return C
