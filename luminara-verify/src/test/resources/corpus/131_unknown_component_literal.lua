-- expect: static @5:36 unknown-component did you mean 'Transform'
local C = {}

function C:on_start()
  world.set_component(self.entity, "Tranform", { position = vec3(0, 1, 0) })
end

return C
