-- expect: pass
local C = {}

function C:on_start()
  local t = world.find_by_name("tower")
  if t then world.send_message(t, "hello", { from = "enemy" }) end
end

function C:on_message(from, name, payload)
  self.last = name
end

return C
