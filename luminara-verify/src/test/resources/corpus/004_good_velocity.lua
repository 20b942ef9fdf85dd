-- expect: pass
local C = {}

function C:on_update(dt)
  local v = physics.get_velocity(self.entity)
  physics.set_velocity(self.entity, vec3(v.x * 0.99, v.y, v.z * 0.99))
end

return C
