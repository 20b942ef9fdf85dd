-- expect: sandbox max_
local C = {}

function C:on_start()
  local s = "x"
  for i = 1, 40 do s = s .. s end
  self.s = s
end

return C
