-- expect: warning @5:20 argument-range will be clamped to 1000
local C = {}

function C:on_start()
  Transform.MoveBy(5000, 0, 0)
end

return C
