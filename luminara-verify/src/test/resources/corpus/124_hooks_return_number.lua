-- expect: static @4:1 no-class must return a table
local C = {}
function C:on_start() end
return 42
