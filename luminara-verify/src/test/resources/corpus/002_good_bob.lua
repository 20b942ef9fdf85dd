-- expect: pass
local C = {}

function C:on_start()
  self.origin = transform.get_position(self.entity)
  self.t = 0
end

function C:on_update(dt)
  self.t = self.t + dt
  local y = math.sin(self.t * 2) * 0.5
  transform.set_position(self.entity, self.origin + vec3(0, y, 0))
end

return C
