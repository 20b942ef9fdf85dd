-- expect: sandbox @5 concatenate
local C = {}

function C:on_start()
  log.info("name: " .. self.missing)
end

return C
