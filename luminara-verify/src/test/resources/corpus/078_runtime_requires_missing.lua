-- expect: static requires lacks
local C = {requires = { "Camera" }}

function C:on_start() end

return C
