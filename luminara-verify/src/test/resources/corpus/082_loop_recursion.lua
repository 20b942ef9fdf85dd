-- expect: sandbox max_stack_depth
local C = {}
local function f(n) return f(n + 1) + 1 end
function C:on_start() f(1) end
return C
