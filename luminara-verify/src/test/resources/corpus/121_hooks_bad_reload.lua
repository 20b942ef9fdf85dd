-- expect: static metadata reload must be one of
local C = {reload = "Preserve"}

function C:on_start() end

return C
