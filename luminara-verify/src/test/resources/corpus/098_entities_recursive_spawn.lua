-- expect: sandbox max_entities_spawned
local C = {}
local function grow(n)
  world.spawn("node_" .. n)
  grow(n + 1)
end
function C:on_start() grow(1) end
return C
