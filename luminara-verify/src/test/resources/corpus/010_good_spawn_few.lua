-- expect: pass
local C = {}

function C:on_start()
  for i = 1, 5 do
    world.spawn("crate_" .. i, vec3(i, 0.5, 0), {"prop"})
  end
end

return C
