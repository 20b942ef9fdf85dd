-- expect: static @5:3 arity needs at least
local C = {}

function C:on_update(dt)
  transform.set_position()
end

return C
