-- expect: static @5:3 unknown-api did you mean `world.spawn`
local C = {}

function C:on_start()
  transform.spawn("x")
end

return C
