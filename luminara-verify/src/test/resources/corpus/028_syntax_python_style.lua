-- expect: static syntax syntax error near
def on_update(self, dt):
    transform.rotate_y(self.entity, dt)
