-- expect: sandbox @6 attempt to index
local C = {}

function C:on_update(dt)
  local t = nil
  local x = t.field
end

return C
