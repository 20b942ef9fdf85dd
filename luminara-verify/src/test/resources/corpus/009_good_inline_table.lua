-- expect: pass
return {
  on_update = function(self, dt)
    transform.translate(self.entity, vec3(0, 0, -1 * dt))
  end,
}
