-- expect: static @5:39 argument-type expects vec3
local C = {}

function C:on_start()
  transform.set_position(self.entity, "0,1,0")
end

return C
