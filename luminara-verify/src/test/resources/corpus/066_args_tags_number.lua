-- expect: static @5:33 argument-type expects list
local C = {}

function C:on_start()
  world.spawn("x", vec3(0,0,0), 5)
end

return C
