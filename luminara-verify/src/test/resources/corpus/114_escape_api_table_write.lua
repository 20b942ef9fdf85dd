-- expect: sandbox @5 attempt to modify read-only table 'transform'
local C = {}

function C:on_start()
  transform.set_position = nil
end

return C
