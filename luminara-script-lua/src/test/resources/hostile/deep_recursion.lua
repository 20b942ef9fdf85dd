-- expect: limit:STACK_DEPTH
local H = {}
function H:on_start()
  local function f(n) return 1 + f(n + 1) end; f(1)
end
return H
