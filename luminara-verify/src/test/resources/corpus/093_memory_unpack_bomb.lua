-- expect: sandbox max_
local C = {}

function C:on_start()
  local t = {}
  for i = 1, 100000 do t[i] = i end
  local x = { table.unpack(t) }
  local y = { table.unpack(t, 1, 1e8) }
end

return C
