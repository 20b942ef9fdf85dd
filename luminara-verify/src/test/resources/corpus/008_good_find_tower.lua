-- expect: pass
local C = {}

function C:on_start()
  self.tower = world.find_by_name("tower")
end

function C:on_update(dt)
  if self.tower and world.is_alive(self.tower) then
    local p = transform.get_position(self.tower)
    self.d = p.x
  end
end

return C
