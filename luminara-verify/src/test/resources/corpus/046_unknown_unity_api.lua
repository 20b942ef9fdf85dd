-- expect: static @5:3 unknown-global `GameObject` is not defined
local C = {}

function C:on_start()
  GameObject.Find("tower")
end

return C
