-- expect: sandbox spawning 10,000 entities exceeds the budget
local C = {}

function C:on_start()
  for i = 1, 10000 do
    world.spawn("crate", vec3(i, 0, 0))
  end
end

return C
