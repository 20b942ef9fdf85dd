-- expect: limit:INSTRUCTIONS|MEMORY
local H = {}
function H:on_start()
  local function f(n) return f(n + 1) end; f(1)
end
return H
