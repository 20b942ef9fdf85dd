-- expect: sandbox @6 max_entities_spawned
local C = {}

function C:on_start()
  local n = 0
  while n < 1e6 do world.spawn("e"); n = n + 1 end
end

return C
