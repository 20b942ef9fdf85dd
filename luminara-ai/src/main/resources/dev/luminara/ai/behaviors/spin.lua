-- spin: turns this entity about its up axis.
-- Parameters: speed (degrees per second, default 90).
local speed = {{speed:90}}

function on_update(dt)
  transform.rotate_y(world.self(), speed * dt)
end
