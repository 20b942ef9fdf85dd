-- expect: static @5:13 unknown-api `time.deltatime` is unknown
local C = {}

function C:on_update(dt)
  local d = time.deltatime()
end

return C
