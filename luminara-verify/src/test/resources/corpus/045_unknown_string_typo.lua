-- expect: static @5:20 unknown-api `string.uppercase` is unknown
local C = {}

function C:on_start()
  local s = string.uppercase("a")
end

return C
