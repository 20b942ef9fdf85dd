-- expect: limit:STACK_DEPTH
local H = {}
function H:on_start()
  local a, b; function a() return 1 + b() end; function b() return 1 + a() end; a()
end
return H
