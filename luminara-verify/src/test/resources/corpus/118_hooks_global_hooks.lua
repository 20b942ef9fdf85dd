-- expect: static no-class
function on_update(dt)
  transform.rotate_y(self.entity, dt)
end
