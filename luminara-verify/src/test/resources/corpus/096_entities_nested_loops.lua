-- expect: sandbox spawning 250,000 entities exceeds the budget
local C = {}

function C:on_start()
  for x = 1, 500 do
    for z = 1, 500 do world.spawn("tile", vec3(x, 0, z)) end
  end
end

return C
