-- expect: pass
local function clamp(x, lo, hi)
  if x < lo then return lo elseif x > hi then return hi end
  return x
end

local C = {}

function C:on_update(dt)
  local p = transform.get_position(self.entity)
  transform.set_position(self.entity, vec3(clamp(p.x, -5, 5), p.y, p.z))
end

return C
