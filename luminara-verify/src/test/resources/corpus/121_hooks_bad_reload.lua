-- expect: static @2:12 metadata reload must be one of
local C = {reload = "Preserve"}

function C:on_start() end

return C
