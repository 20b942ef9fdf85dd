-- expect: static @5:3 unknown-api did you mean `world.destroy`
local C = {}

function C:on_start()
  world.destory(self.entity)
end

return C
