-- expect: pass
local C = {}

function C:on_start()
  local s = string.format("%s-%d", "enemy", 3)
  self.upper = string.upper(s)
  self.parts = {}
  for w in string.gmatch("a,b,c", "[^,]+") do table.insert(self.parts, w) end
end

return C
