-- spin: turns this entity about its up axis.
-- Parameters: speed (degrees per second, default 90).
return {
  description = "Turns about the up axis",
  requires = { "Transform" },
  speed = {{speed:90}},
  on_update = function(self, dt) transform.rotate_y(self.entity, self.speed * dt) end,
}
