-- expect: static @5:20 sandbox-escape `string.dump` is not available
local C = {}

function C:on_start()
  local b = string.dump(function() end)
end

return C
