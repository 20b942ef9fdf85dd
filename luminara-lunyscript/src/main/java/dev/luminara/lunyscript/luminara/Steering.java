package dev.luminara.lunyscript.luminara;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

/** A vehicle's steering state (the seed's {@code CarController.steerAngle}), kept as a component so scenes save it. */
@ComponentInfo(
        description = "Steering angle of a vehicle, set by Vehicle.Steer.",
        category = "gameplay",
        pairedWith = {"Velocity", "Transform"},
        examples = {"{\"angle\": 22.5}"})
public record Steering(
        @FieldInfo(
                description = "Steering angle; positive steers right",
                defaultValue = "0",
                min = -90,
                max = 90,
                unit = "degrees")
        float angle) {}
