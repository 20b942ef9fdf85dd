-- mover.lua: the benchmark's per-entity on_update, the same logic as the Java baseline and mover.wat.
local M = {}
function M:on_update(dt)
  local p = transform.get_position(self.entity)
  transform.set_position(self.entity, vec3(p.x + dt, p.y, p.z))
end
return M
