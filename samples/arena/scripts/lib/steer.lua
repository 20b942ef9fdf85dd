-- lib/steer.lua: small helpers shared by the arena's scripts (loaded with require("lib.steer")).
local steer = {}

function steer.towards(from, to, speed)
  local d = to - from
  local len = math.sqrt(d.x * d.x + d.y * d.y + d.z * d.z)
  if len < 1e-6 then return vec3(0, 0, 0) end
  return d * (speed / len)
end

return steer
