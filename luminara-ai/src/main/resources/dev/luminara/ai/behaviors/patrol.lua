-- patrol: walks back and forth between where it started and a point.
-- Parameters: to (a position [x, y, z]), speed (metres per second, default 2).
local target = {{to}}
local speed = {{speed:2}}
local start
local going = true

local function towards(from, to, step)
  local dx, dy, dz = to.x - from.x, to.y - from.y, to.z - from.z
  local d = math.sqrt(dx * dx + dy * dy + dz * dz)
  if d <= step then return to, true end
  return {x = from.x + dx / d * step, y = from.y + dy / d * step, z = from.z + dz / d * step}, false
end

function on_start()
  start = transform.get_position(world.self())
end

function on_update(dt)
  local goal = going and target or start
  local next, arrived = towards(transform.get_position(world.self()), goal, speed * dt)
  transform.set_position(world.self(), next)
  if arrived then going = not going end
end
