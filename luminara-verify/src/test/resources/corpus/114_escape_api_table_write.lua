-- expect: sandbox
local C = {}

function C:on_start()
  transform.set_position = nil
end

return C
