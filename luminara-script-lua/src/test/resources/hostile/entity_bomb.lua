-- expect: limit:ENTITIES_SPAWNED
local H = {}
function H:on_start()
  while true do world.spawn("bomb") end
end
return H
