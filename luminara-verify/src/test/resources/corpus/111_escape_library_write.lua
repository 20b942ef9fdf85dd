-- expect: sandbox @5 attempt to modify read-only table 'math'
local C = {}

function C:on_start()
  math.random = function() return 4 end
end

return C
