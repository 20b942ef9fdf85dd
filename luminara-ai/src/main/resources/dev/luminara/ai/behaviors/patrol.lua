-- patrol: walks back and forth between where it started and a point.
-- Parameters: to (a position [x, y, z]), speed (metres per second, default 2).
local Patrol = {
  description = "Walks back and forth between where it started and a point",
  requires = { "Transform" },
  reload = "PreserveState",
  target = {{to}},
  speed = {{speed:2}},
}

function Patrol:on_start()
  self.origin = transform.get_position(self.entity)
  self.going = true
end

function Patrol:on_update(dt)
  local p = transform.get_position(self.entity)
  local goal = self.going and self.target or self.origin
  local d = goal - p
  local len = math.sqrt(d.x * d.x + d.y * d.y + d.z * d.z)
  local step = self.speed * dt
  if len <= step then
    transform.set_position(self.entity, goal)
    self.going = not self.going
  else
    transform.set_position(self.entity, p + d * (step / len))
  end
end

return Patrol
