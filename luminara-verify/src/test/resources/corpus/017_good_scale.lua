-- expect: pass
local C = {}

function C:on_update(dt)
  local s = 1 + 0.1 * math.sin(time.elapsed())
  transform.set_scale(self.entity, vec3(s, s, s))
end

return C
