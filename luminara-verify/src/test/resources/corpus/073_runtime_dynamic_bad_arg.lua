-- expect: sandbox @6 transform.set_position
local C = {}

function C:on_start()
  local p = "up"
  transform.set_position(self.entity, p)
end

return C
