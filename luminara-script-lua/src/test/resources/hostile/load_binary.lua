-- expect: ok
local H = {}
function H:on_start()
  local f, err = load("\27Lua\82\0"); if f then error("ESCAPED") end
end
return H
