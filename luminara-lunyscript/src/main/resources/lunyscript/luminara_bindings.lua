-- How Luminara's own core implements the LunyScript semantics.
-- Objects are EntityHandles; BodyView, TransformView, SteeringView and AudioView are component views over the
-- entity's immutable records (each setter writes a new record back).
return {
  ["dev.luminara.lunyscript.luminara"] = {
    SetSpeed = { target = "BodyView.velocity", transform = "ToVector3Forward" },
    GetSpeed = { target = "BodyView.speed" },
    Steer = {
      -- Version-keyed: the property was renamed in Luminara 0.1.
      target = { default = "SteeringView.steerAngle", ["0.1"] = "SteeringView.angleDegrees" },
      transform = { name = "Scale", factor = 45 },
    },
    Honk = {
      target = "AudioView.playOneShot",
      params = { { name = "clip", type = "string", default = "HornSound", transform = "LookupAsset" } },
    },
    MoveBy = { target = "TransformView.translate", transform = "ToVector3" },
    RotateBy = { target = "TransformView.rotate", transform = "ToVector3" },
    SetPosition = { target = "EntityHandle.position", transform = "ToVector3" },
    SetEnabled = { target = "EntityHandle.enabled", params = { { name = "enabled", type = "bool", default = true } } },
    SetDisabled = { target = "EntityHandle.enabled", params = { { name = "enabled", type = "bool", default = false } } },
    IsEnabled = { target = "EntityHandle.enabled" },
    Destroy = { target = "EntityHandle.destroy" },
  },
  ["dev.luminara.lunyscript"] = {
    Log = { target = "DebugConsole.log" },
  },
}
