-- expect: error
local H = {}
function H:on_start()
  getmetatable("").__index.rep = function() return "pwned" end; error("ESCAPED")
end
return H
