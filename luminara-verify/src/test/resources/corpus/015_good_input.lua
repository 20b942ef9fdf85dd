-- expect: pass
local C = {}

function C:on_update(dt)
  local x = input.axis("move_x")
  if input.pressed("jump") then x = x + 1 end
  transform.translate(self.entity, vec3(x * dt, 0, 0))
end

return C
