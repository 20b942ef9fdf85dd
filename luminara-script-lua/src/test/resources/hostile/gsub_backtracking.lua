-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local s = string.rep("a", 5000); s:gsub(".-.-.-.-x", "")
end
return H
