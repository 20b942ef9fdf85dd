-- expect: warning @5:1 unknown-hook did you mean `on_update`
local C = {}

function C:on_start() end
function C:on_updte(dt) end

return C
