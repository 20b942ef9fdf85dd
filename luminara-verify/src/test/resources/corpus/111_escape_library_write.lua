-- expect: sandbox
local C = {}

function C:on_start()
  math.random = function() return 4 end
end

return C
