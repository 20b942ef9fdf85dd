-- follow: moves towards another entity on the ground plane and stops a little short of it.
-- Parameters: target (an entity, by its name), speed (metres per second, default 3), distance (metres kept, default 1.5).
local Follow = {
  description = "Follows another entity",
  requires = { "Transform" },
  target_name = {{target}},
  speed = {{speed:3}},
  keep = {{distance:1.5}},
}

function Follow:on_start()
  self.target = world.find_by_name(self.target_name)
end

function Follow:on_update(dt)
  if self.target == nil or not world.is_alive(self.target) then return end
  local me = transform.get_global_position(self.entity)
  local to = transform.get_global_position(self.target)
  local d = vec3(to.x - me.x, 0, to.z - me.z)
  local len = math.sqrt(d.x * d.x + d.z * d.z)
  if len <= self.keep then return end
  local step = math.min(self.speed * dt, len - self.keep)
  transform.translate(self.entity, d * (step / len))
end

return Follow
