-- spinner.lua: turns its entity about Y at 45 degrees per second (the Lua twin of spinner.wat).
return {
  on_update = function(self, dt) transform.rotate_y(self.entity, 45 * dt) end,
}
