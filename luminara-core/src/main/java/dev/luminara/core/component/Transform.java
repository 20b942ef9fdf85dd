package dev.luminara.core.component;

import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

/** Position, rotation and scale relative to the parent (or to the world for a root entity). */
@ComponentInfo(
        description = "Local position, rotation and scale, relative to the Parent entity if any, else to the world.",
        category = "core",
        packed = true,
        pairedWith = {"Name", "MeshShape", "GlobalTransform"},
        examples = {"{\"position\": [0.0, 1.0, -5.0], \"rotation\": [0.0, 0.0, 0.0, 1.0], \"scale\": [1.0, 1.0, 1.0]}"})
public record Transform(
        @FieldInfo(description = "Position in metres", defaultValue = "[0, 0, 0]", unit = "m")
        Vec3 position,

        @FieldInfo(description = "Rotation quaternion (x, y, z, w)", defaultValue = "[0, 0, 0, 1]")
        Quat rotation,

        @FieldInfo(description = "Scale factors per axis", defaultValue = "[1, 1, 1]")
        Vec3 scale) {

    public static final Transform IDENTITY = new Transform(Vec3.ZERO, Quat.IDENTITY, Vec3.ONE);

    public static Transform at(float x, float y, float z) {
        return new Transform(new Vec3(x, y, z), Quat.IDENTITY, Vec3.ONE);
    }

    public static Transform at(Vec3 position) {
        return new Transform(position, Quat.IDENTITY, Vec3.ONE);
    }

    public Transform withPosition(Vec3 p) {
        return new Transform(p, rotation, scale);
    }

    public Transform withRotation(Quat r) {
        return new Transform(position, r, scale);
    }

    public Transform withScale(Vec3 s) {
        return new Transform(position, rotation, s);
    }

    public Transform translate(Vec3 delta) {
        return withPosition(position.add(delta));
    }

    /** The direction this transform faces: -Z rotated by {@link #rotation}. */
    public Vec3 forward() {
        return rotation.rotate(Vec3.FORWARD);
    }

    /** {@code this} applied after {@code parent}: the child's transform in the parent's space made global. */
    public Transform composeWith(Transform parent) {
        Vec3 scaled = position.mul(parent.scale);
        Vec3 p = parent.position.add(parent.rotation.rotate(scaled));
        return new Transform(p, parent.rotation.mul(rotation), parent.scale.mul(scale));
    }
}
