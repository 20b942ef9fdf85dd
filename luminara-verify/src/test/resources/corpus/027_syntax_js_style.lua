-- expect: static @3:26 syntax syntax error near
local C = {}
function C:on_update(dt) {
  transform.rotate_y(self.entity, dt);
}
return C
