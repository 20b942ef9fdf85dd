package dev.luminara.bench.verify;

/** The 100-line generated behaviour the verifier benchmarks check (a patrolling guard; every hook, many API calls). */
final class VerifyBenchScript {
    private VerifyBenchScript() {}

    static final String GUARD = """
-- guard.lua: a 100-line generated behaviour for the verifier benchmark. Patrols around its start, looks for the
-- nearest tower, speeds up near enemies, logs now and then, keeps a small history and saves it across reloads.
local Guard = {
  description = "Patrols, watches towers and enemies",
  version = "1.0",
  requires = { "Transform" },
  reload = "SaveRestore",
  speed = 3.0,
  radius = 6.0,
  alert_distance = 15.0,
}

local function clamp(x, lo, hi)
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end

local function length(v)
  return math.sqrt(v.x * v.x + v.y * v.y + v.z * v.z)
end

local function towards(from, to, step)
  local d = to - from
  local n = length(d)
  if n < 1e-6 then return vec3(0, 0, 0) end
  return d * (clamp(step, 0, n) / n)
end

function Guard:on_start()
  self.origin = transform.get_position(self.entity)
  self.angle = 0
  self.history = {}
  self.frames = 0
  self.alerts = 0
  self.tower = world.find_by_name("tower_0")
  self.enemies = world.find_by_tag("enemy")
  log.info("guard ready with " .. #self.enemies .. " enemies known")
end

function Guard:remember(p)
  table.insert(self.history, { x = p.x, z = p.z })
  if #self.history > 20 then table.remove(self.history, 1) end
end

function Guard:nearest_enemy(p)
  local best, best_d = nil, math.huge
  for i = 1, math.min(#self.enemies, 8) do
    local e = self.enemies[i]
    if world.is_alive(e) then
      local d = length(transform.get_position(e) - p)
      if d < best_d then best, best_d = e, d end
    end
  end
  return best, best_d
end

function Guard:on_update(dt)
  self.frames = self.frames + 1
  local p = transform.get_position(self.entity)
  local enemy, d = self:nearest_enemy(p)
  local speed = self.speed
  if enemy and d < self.alert_distance then
    speed = speed * 2
    self.alerts = self.alerts + 1
  end
  self.angle = (self.angle + speed * dt / self.radius) % (2 * math.pi)
  local target = self.origin + vec3(math.cos(self.angle) * self.radius, 0, math.sin(self.angle) * self.radius)
  transform.set_position(self.entity, p + towards(p, target, speed * dt))
  transform.rotate_y(self.entity, math.deg(speed * dt / self.radius))
  self:remember(p)
  if self.tower and world.is_alive(self.tower) then
    local t = transform.get_position(self.tower)
    self.tower_distance = length(t - p)
  end
  if self.frames % 120 == 0 then
    log.info(string.format("guard at (%.1f, %.1f), %d alerts", p.x, p.z, self.alerts))
  end
end

function Guard:on_message(from, name, payload)
  if name == "reset" then
    self.alerts = 0
    self.history = {}
  end
end

function Guard:on_save()
  return { alerts = self.alerts, frames = self.frames, angle = self.angle }
end

function Guard:on_restore(state)
  self.alerts = state.alerts or 0
  self.frames = state.frames or 0
  self.angle = state.angle or 0
  self.history = {}
end

function Guard:on_destroy()
  log.info("guard gone after " .. self.frames .. " frames")
end

return Guard
""";
}
