-- expect: sandbox @5 max_entities_spawned
local C = {}

function C:on_update(dt)
  for i = 1, 50 do world.spawn("bullet") end
end

return C
