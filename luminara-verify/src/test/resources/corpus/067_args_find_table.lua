-- expect: static @5:22 argument-type expects string
local C = {}

function C:on_start()
  world.find_by_name({})
end

return C
