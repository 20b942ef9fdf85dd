-- expect: static @9:9 syntax end of the file
local C = {}

function C:on_update(dt)
  if dt > 0 then
    transform.rotate_y(self.entity, dt)
end

return C
