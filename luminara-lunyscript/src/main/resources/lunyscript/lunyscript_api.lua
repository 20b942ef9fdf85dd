-- LunyScript semantic contracts: engine-agnostic gameplay verbs, described once.
-- Each engine's bindings file says how its engine implements them (pulled in with dofile below).
-- Changing a contract here without bumping 'version' is refused by lunyscript.lock.
return {
  version = "1.0",
  requires_luny = "0.1",

  semantics = {
    SetSpeed = {
      domain = "Vehicle",
      params = { { name = "speed", type = "float", min = 0, max = 100, default = 0 } },
      category = "motion",
      idempotent = true,
      description = "Set forward velocity magnitude in m/s (clamped to 0..100)",
      exposed_to_lua = true,
    },
    Steer = {
      domain = "Vehicle",
      params = { { name = "direction", type = "float", min = -1, max = 1 } },
      category = "motion",
      idempotent = true,
      description = "Set steering direction (-1 = full left, +1 = full right)",
      exposed_to_lua = true,
    },
    Honk = {
      domain = "Vehicle",
      params = {},
      category = "interaction",
      description = "Play the horn sound",
      exposed_to_lua = true,
    },
    GetSpeed = {
      domain = "Vehicle",
      returns = "number",
      category = "motion",
      description = "Current speed in m/s",
      exposed_to_lua = true,
    },

    MoveBy = {
      domain = "Transform",
      params = {
        { name = "x", type = "float", min = -1000, max = 1000 },
        { name = "y", type = "float", min = -1000, max = 1000 },
        { name = "z", type = "float", min = -1000, max = 1000 },
      },
      category = "motion",
      description = "Move by an offset in metres, in the parent's space",
      exposed_to_lua = true,
    },
    RotateBy = {
      domain = "Transform",
      params = {
        { name = "x", type = "float", min = -360, max = 360 },
        { name = "y", type = "float", min = -360, max = 360 },
        { name = "z", type = "float", min = -360, max = 360 },
      },
      category = "motion",
      description = "Rotate in local space by Euler angles in degrees (yaw, then roll, then pitch)",
      exposed_to_lua = true,
    },
    SetPosition = {
      domain = "Transform",
      params = {
        { name = "x", type = "float", required = true },
        { name = "y", type = "float", required = true },
        { name = "z", type = "float", required = true },
      },
      category = "motion",
      idempotent = true,
      description = "Place the object at a position in metres, in the parent's space",
      exposed_to_lua = true,
    },

    SetEnabled = {
      domain = "Object",
      category = "lifecycle",
      idempotent = true,
      description = "Enable the object: its scripts and controllers run again",
      exposed_to_lua = true,
    },
    SetDisabled = {
      domain = "Object",
      category = "lifecycle",
      idempotent = true,
      description = "Disable the object: it keeps its state, its scripts and controllers stop",
      exposed_to_lua = true,
    },
    IsEnabled = {
      domain = "Object",
      returns = "bool",
      category = "lifecycle",
      description = "Whether the object is enabled",
      exposed_to_lua = true,
    },
    Destroy = {
      domain = "Object",
      category = "lifecycle",
      description = "Remove the object (at the end of the current step)",
      exposed_to_lua = true,
    },

    Log = {
      domain = "Debug",
      params = {
        { name = "message", type = "string", required = true },
        { name = "level", type = "string", default = "info", allowed = { "info", "warn", "error" } },
      },
      category = "debug",
      description = "Write a line to the debug console",
      exposed_to_lua = true,
    },
  },

  engines = {
    Luminara = dofile("luminara_bindings.lua"),
    JME = dofile("jme_bindings.lua"),
  },
}
