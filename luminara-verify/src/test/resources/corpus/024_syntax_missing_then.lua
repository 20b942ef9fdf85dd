-- expect: static @6:5 syntax syntax error near
local C = {}

function C:on_update(dt)
  if dt > 0
    log.info("x")
  end
end

return C
