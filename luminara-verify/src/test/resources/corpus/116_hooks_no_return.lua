-- expect: static no-class does not end by returning
local C = {}
function C:on_update(dt) end
