-- expect: static @5:3 unknown-global did you mean `transform`
local C = {}

function C:on_update(dt)
  tranform.rotate_y(self.entity, dt)
end

return C
