-- expect: static @5:13 unknown-api did you mean `transform.get_position`
local C = {}

function C:on_update(dt)
  local p = transform.get_pos(self.entity)
end

return C
