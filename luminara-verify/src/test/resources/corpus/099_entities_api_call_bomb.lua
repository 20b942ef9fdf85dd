-- expect: sandbox @5 max_api_calls
local C = {}

function C:on_start()
  for i = 1, 1e6 do time.frame() end
end

return C
