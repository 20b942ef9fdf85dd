-- expect: static unknown-api `string.uppercase` is unknown
local C = {}

function C:on_start()
  local s = string.uppercase("a")
end

return C
