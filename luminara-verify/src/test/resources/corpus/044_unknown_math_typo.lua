-- expect: static @5:18 unknown-api did you mean `math.sin`
local C = {}

function C:on_update(dt)
  local y = math.sine(dt)
end

return C
