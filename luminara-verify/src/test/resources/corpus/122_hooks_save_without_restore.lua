-- expect: warning hook-needed on_save and on_restore
local C = {}

function C:on_start() end
function C:on_save() return {} end

return C
