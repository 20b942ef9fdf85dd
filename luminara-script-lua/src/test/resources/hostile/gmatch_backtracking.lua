-- expect: limit:INSTRUCTIONS
local H = {}
function H:on_start()
  local s = string.rep("a", 5000); for m in s:gmatch("(.-)(.-)(.-)(.-)b") do end
end
return H
