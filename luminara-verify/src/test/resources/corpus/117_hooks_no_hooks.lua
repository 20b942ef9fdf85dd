-- expect: static @6:1 no-hooks defines none of the hooks
local C = {}

function C:helper() end

return C
