-- expect: static @5:3 arity needs at least
local C = {}

function C:on_start()
  Transform.SetPosition(1, 2)
end

return C
