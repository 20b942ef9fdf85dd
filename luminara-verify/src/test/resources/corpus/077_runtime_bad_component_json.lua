-- expect: sandbox @5 MeshShape.kind: expected enum
local C = {}

function C:on_start()
  world.set_component(self.entity, "MeshShape", { kind = "CUBE" })
end

return C
