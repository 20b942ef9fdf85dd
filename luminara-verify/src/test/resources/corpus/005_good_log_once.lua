-- expect: pass
local C = {}

function C:on_start()
  log.info("hello from " .. world.get_name(self.entity))
end

return C
