-- How jMonkeyEngine 3 implements the LunyScript semantics (headless: scene graph and controls, no context).
-- Objects are Spatials; DriveControl and SoundControl are the vehicle's controls (jME's components).
return {
  ["com.jme3.scene"] = {
    MoveBy = { target = "Spatial.move", signature = { "float", "float", "float" } },
    RotateBy = {
      target = "Spatial.rotate",
      signature = { "float", "float", "float" },
      -- jME takes radians; LunyScript's contract is degrees.
      transform = function(x, y, z) return math.rad(x), math.rad(y), math.rad(z) end,
    },
    SetPosition = { target = "Spatial.localTranslation", transform = "ToVector3" },
    Destroy = { target = "Spatial.removeFromParent" },
  },
  ["dev.luminara.jme"] = {
    SetSpeed = { target = "DriveControl.linearVelocity", transform = "ToVector3Forward" },
    -- A key above the running version is ignored: the default target is used on jME 3.x.
    GetSpeed = { target = { default = "DriveControl.speed", ["4.0"] = "DriveControl.currentSpeed" } },
    Steer = {
      target = "DriveControl.steerAngle",
      transform = function(direction) return direction * 45 end,
    },
    Honk = {
      target = "SoundControl.playOneShot",
      params = { { name = "clip", type = "AudioKey", default = "HornSound", transform = "LookupAsset" } },
    },
    SetEnabled = { target = "DriveControl.enabled", params = { { name = "enabled", type = "bool", default = true } } },
    SetDisabled = { target = "DriveControl.enabled", params = { { name = "enabled", type = "bool", default = false } } },
    IsEnabled = { target = "DriveControl.enabled" },
  },
  ["dev.luminara.lunyscript"] = {
    Log = { target = "DebugConsole.log" },
  },
}
