-- patrol.lua: walks between two points 6 m apart along X, turning at each end.
-- State (the start point and the direction) survives hot reload (PreserveState).
local steer = require("lib.steer")

local Patrol = {
  description = "Walks back and forth along X",
  version = "1.0",
  requires = { "Transform" },
  reload = "PreserveState",
  speed = 2.0,
  half_width = 3.0,
}

function Patrol:on_start()
  self.origin = transform.get_position(self.entity)
  self.dir = 1
end

function Patrol:on_update(dt)
  local p = transform.get_position(self.entity)
  local target = self.origin + vec3(self.dir * self.half_width, 0, 0)
  local step = steer.towards(p, target, self.speed) * dt
  transform.set_position(self.entity, p + step)
  if math.abs(p.x - target.x) < 0.05 then self.dir = -self.dir end
end

return Patrol
