-- expect: static @6:1 syntax syntax error near
local C = {}

function C:on_start()
  log.info(("a" .. "b")
end

return C
