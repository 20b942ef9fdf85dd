package dev.luminara.core.component;

import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

/** The world-space transform, written by transform propagation from {@link Transform} and {@link Parent}. */
@ComponentInfo(
        description = "World-space position, rotation and scale. Derived each frame from Transform and the hierarchy;"
                + " do not write it, write Transform.",
        category = "core",
        packed = true,
        pairedWith = {"Transform"})
public record GlobalTransform(
        @FieldInfo(description = "World position in metres", defaultValue = "[0, 0, 0]", unit = "m")
        Vec3 position,

        @FieldInfo(description = "World rotation quaternion", defaultValue = "[0, 0, 0, 1]")
        Quat rotation,

        @FieldInfo(description = "World scale", defaultValue = "[1, 1, 1]")
        Vec3 scale) {

    public static final GlobalTransform IDENTITY = new GlobalTransform(Vec3.ZERO, Quat.IDENTITY, Vec3.ONE);

    public static GlobalTransform of(Transform t) {
        return new GlobalTransform(t.position(), t.rotation(), t.scale());
    }

    public Transform asTransform() {
        return new Transform(position, rotation, scale);
    }

    public Vec3 forward() {
        return rotation.rotate(Vec3.FORWARD);
    }
}
