-- pickup.lua: when something enters this trigger, logs it and removes the pickup.
local Pickup = { requires = { "Collider" } }

function Pickup:on_trigger(other, phase)
  if phase == "enter" and world.has_tag(other, "player") then
    log.info(world.get_name(self.entity) .. " picked up by " .. world.get_name(other))
    world.destroy(self.entity)
  end
end

return Pickup
