-- expect: static @5:17 argument-type expects entity
local C = {}

function C:on_start()
  world.destroy(12)
end

return C
