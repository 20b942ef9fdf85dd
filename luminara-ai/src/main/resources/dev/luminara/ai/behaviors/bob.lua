-- bob: moves this entity up and down around where it started.
-- Parameters: height (metres, default 0.5), period (seconds per cycle, default 2).
local Bob = {
  description = "Moves up and down around where it started",
  requires = { "Transform" },
  reload = "PreserveState",
  height = {{height:0.5}},
  period = {{period:2}},
}

function Bob:on_start()
  self.origin = transform.get_position(self.entity)
  self.t = 0
end

function Bob:on_update(dt)
  self.t = self.t + dt
  local y = self.height * math.sin(self.t * 2 * math.pi / self.period)
  transform.set_position(self.entity, self.origin + vec3(0, y, 0))
end

return Bob
