-- expect: sandbox max_
local C = {}

function C:on_start()
  while true do
    pcall(function() while true do end end)
  end
end

return C
