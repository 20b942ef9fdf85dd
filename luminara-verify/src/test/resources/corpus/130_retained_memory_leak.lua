-- expect: sandbox MB of Lua values after on_update
-- Each frame keeps 24 MB more, every call well under max_memory: only the retained-memory check stops it.
local C = {}
local keep = {}

function C:on_update(dt)
  for i = 1, 3 do keep[#keep + 1] = string.rep("0123456789abcdef", 500000) end
end

return C
