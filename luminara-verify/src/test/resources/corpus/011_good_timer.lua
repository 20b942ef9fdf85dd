-- expect: pass
local C = {}

function C:on_update(dt)
  self.elapsed = (self.elapsed or 0) + dt
  if self.elapsed > 1 then
    self.elapsed = 0
    log.info("tick at frame " .. time.frame())
  end
end

return C
