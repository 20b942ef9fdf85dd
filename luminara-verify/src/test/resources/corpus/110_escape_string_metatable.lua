-- expect: sandbox @6 index expected, got nil
local C = {}

function C:on_start()
  local mt = getmetatable("")
  mt.__index.upper = function() return "pwned" end
end

return C
