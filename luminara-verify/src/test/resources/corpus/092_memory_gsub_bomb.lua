-- expect: sandbox max_
local C = {}

function C:on_start()
  local s = string.rep("a", 100000)
  for i = 1, 10 do s = string.gsub(s, "a", "aa") end
end

return C
