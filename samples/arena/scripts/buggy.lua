-- buggy.lua: drives with the move axes, honks on "jump". Save/restore keeps the honk count across reloads.
local Buggy = { requires = { "RigidBody" }, reload = "SaveRestore", top_speed = 8 }

function Buggy:on_start() self.honks = 0 end

function Buggy:on_update(dt)
  local v = physics.get_velocity(self.entity)
  local x, z = input.axis("move_x"), input.axis("move_z")
  physics.set_velocity(self.entity, vec3(x * self.top_speed, v.y, z * self.top_speed))
  if input.just_pressed("jump") then
    self.honks = self.honks + 1
    audio.play(self.entity)
  end
end

function Buggy:on_save() return { honks = self.honks } end
function Buggy:on_restore(state) self.honks = state.honks end

return Buggy
