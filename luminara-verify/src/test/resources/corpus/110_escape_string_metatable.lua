-- expect: sandbox
local C = {}

function C:on_start()
  local mt = getmetatable("")
  mt.__index.upper = function() return "pwned" end
end

return C
