-- expect: ok
local H = {}
function H:on_start()
  if type(getmetatable("")) == "table" then error("ESCAPED") end
end
return H
