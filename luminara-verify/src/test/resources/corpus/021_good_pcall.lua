-- expect: pass
local C = {}

function C:on_start()
  local ok, err = pcall(function() error("handled") end)
  self.ok = ok
end

return C
