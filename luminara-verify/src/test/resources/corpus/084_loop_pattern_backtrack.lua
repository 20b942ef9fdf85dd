-- expect: sandbox max_
local C = {}

function C:on_start()
  local s = string.rep("a", 40)
  for i = 1, 1000 do
    string.find(s, "(a*)*b")
  end
end

return C
