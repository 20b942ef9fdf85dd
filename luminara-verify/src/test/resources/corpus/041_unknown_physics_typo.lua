-- expect: static @5:3 unknown-api `physics.set_velocty` is unknown
local C = {}

function C:on_update(dt)
  physics.set_velocty(self.entity, vec3(0, 0, 0))
end

return C
