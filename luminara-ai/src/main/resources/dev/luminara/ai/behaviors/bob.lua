-- bob: moves this entity up and down around where it started.
-- Parameters: height (metres, default 0.5), period (seconds per cycle, default 2).
local height = {{height:0.5}}
local period = {{period:2}}
local t = 0
local last = 0

function on_update(dt)
  t = t + dt
  local y = height * math.sin(t * 2 * math.pi / period)
  transform.translate(world.self(), {x = 0, y = y - last, z = 0})
  last = y
end
