-- expect: limit:API_CALLS
local H = {}
function H:on_start()
  while true do pcall(transform.get_position, self.entity) end
end
return H
