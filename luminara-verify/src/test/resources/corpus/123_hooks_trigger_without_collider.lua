-- expect: warning hook-needed has no Collider
-- attach: lamp_west
local C = {}

function C:on_trigger(other, phase) end

return C
