-- expect: static @5:12 syntax syntax error
local C = {}

function C:on_start()
  log.info("unterminated)
end

return C
