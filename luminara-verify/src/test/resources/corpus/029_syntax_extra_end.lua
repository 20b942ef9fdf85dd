-- expect: static @7:1 syntax syntax error near 'end'
local C = {}

function C:on_start()
  log.info("a")
end
end

return C
