-- expect: sandbox
local C = {}

function C:on_start()
  world.set_component(self.entity, "MeshShape", { kind = "CUBE" })
end

return C
