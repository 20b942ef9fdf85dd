-- expect: pass
local C = {}

function C:on_start()
  local enemies = world.find_by_tag("enemy")
  self.count = #enemies
end

return C
