-- expect: static @5:3 unknown-api did you mean `transform.set_position`
local C = {}

function C:on_update(dt)
  transform.set_pos(self.entity, vec3(0, 1, 0))
end

return C
