-- expect: pass
local steer = require("lib.steer")

local P = { speed = 2 }

function P:on_start()
  self.origin = transform.get_position(self.entity)
  self.dir = 1
end

function P:on_update(dt)
  local p = transform.get_position(self.entity)
  local target = self.origin + vec3(self.dir * 3, 0, 0)
  transform.set_position(self.entity, p + steer.towards(p, target, self.speed) * dt)
  if math.abs(p.x - target.x) < 0.05 then self.dir = -self.dir end
end

return P
