-- expect: sandbox @9 stale: it was despawned
local C = {}

function C:on_start()
  self.e = world.spawn("tmp")
end
function C:on_update(dt)
  if time.frame() == 2 then world.destroy(self.e) end
  if time.frame() >= 3 then transform.get_position(self.e) end
end

return C
