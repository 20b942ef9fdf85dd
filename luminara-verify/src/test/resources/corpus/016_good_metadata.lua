-- expect: pass
local C = {description = "counts frames", version = "1.0", requires = { "Transform" }, reload = "SaveRestore"}

function C:on_start() self.n = 0 end
function C:on_update(dt) self.n = self.n + 1 end
function C:on_save() return { n = self.n } end
function C:on_restore(s) self.n = s.n end

return C
