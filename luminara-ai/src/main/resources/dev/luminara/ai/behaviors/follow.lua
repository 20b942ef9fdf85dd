-- follow: moves towards another entity and stops a little short of it.
-- Parameters: target (an entity), speed (metres per second, default 3), distance (metres to keep, default 1.5).
local target = {{target}}
local speed = {{speed:3}}
local keep = {{distance:1.5}}

function on_update(dt)
  if not world.is_alive(target) then return end
  local me = transform.get_global_position(world.self())
  local to = transform.get_global_position(target)
  local dx, dz = to.x - me.x, to.z - me.z
  local d = math.sqrt(dx * dx + dz * dz)
  if d <= keep then return end
  local step = math.min(speed * dt, d - keep)
  transform.translate(world.self(), {x = dx / d * step, y = 0, z = dz / d * step})
end
