-- expect: static @5:3 method-call call it with a dot
local C = {}

function C:on_update(dt)
  transform:rotate_y(self.entity, dt)
end

return C
