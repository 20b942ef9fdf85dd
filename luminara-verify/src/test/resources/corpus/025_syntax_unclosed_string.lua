-- expect: static syntax syntax error
local C = {}

function C:on_start()
  log.info("unterminated)
end

return C
