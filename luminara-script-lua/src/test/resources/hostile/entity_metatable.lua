-- expect: ok
local H = {}
function H:on_start()
  local mt = getmetatable(self.entity); if type(mt) == "table" then error("ESCAPED") end
end
return H
