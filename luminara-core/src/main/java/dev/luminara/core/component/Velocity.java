package dev.luminara.core.component;

import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

@ComponentInfo(
        description = "Linear and angular velocity, integrated into Transform each physics step.",
        category = "physics",
        packed = true,
        pairedWith = {"Transform", "RigidBody"},
        examples = {"{\"linear\": [0.0, 0.0, -3.0], \"angular\": [0.0, 90.0, 0.0]}"})
public record Velocity(
        @FieldInfo(description = "Linear velocity", defaultValue = "[0, 0, 0]", unit = "m/s")
        Vec3 linear,

        @FieldInfo(description = "Angular velocity about x, y, z", defaultValue = "[0, 0, 0]", unit = "degrees/s")
        Vec3 angular) {

    public static final Velocity ZERO = new Velocity(Vec3.ZERO, Vec3.ZERO);

    public static Velocity linear(float x, float y, float z) {
        return new Velocity(new Vec3(x, y, z), Vec3.ZERO);
    }

    public Velocity withLinear(Vec3 v) {
        return new Velocity(v, angular);
    }

    public Velocity withAngular(Vec3 a) {
        return new Velocity(linear, a);
    }
}
