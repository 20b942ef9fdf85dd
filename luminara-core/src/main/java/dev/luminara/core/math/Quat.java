package dev.luminara.core.math;

import org.joml.Quaternionf;
import org.joml.Vector3f;

/** An immutable rotation quaternion (x, y, z, w). Arithmetic is delegated to JOML. */
public record Quat(float x, float y, float z, float w) {
    public static final Quat IDENTITY = new Quat(0, 0, 0, 1);

    public static Quat from(Quaternionf q) {
        return new Quat(q.x, q.y, q.z, q.w);
    }

    /** Rotation of {@code degrees} about {@code axis}. */
    public static Quat axisAngleDegrees(Vec3 axis, float degrees) {
        Vec3 n = axis.normalized();
        return from(new Quaternionf().rotateAxis((float) Math.toRadians(degrees), n.x(), n.y(), n.z()));
    }

    /** Rotation from Euler angles in degrees, applied in Y (yaw), X (pitch), Z (roll) order. */
    public static Quat eulerDegrees(float pitch, float yaw, float roll) {
        return from(new Quaternionf()
                .rotateYXZ((float) Math.toRadians(yaw), (float) Math.toRadians(pitch), (float) Math.toRadians(roll)));
    }

    public Quaternionf toJoml() {
        return new Quaternionf(x, y, z, w);
    }

    /** {@code this * other}: applies {@code other} first, then this. */
    public Quat mul(Quat other) {
        return from(toJoml().mul(other.toJoml()));
    }

    public Vec3 rotate(Vec3 v) {
        Vector3f out = toJoml().transform(new Vector3f(v.x(), v.y(), v.z()));
        return Vec3.from(out);
    }

    public Quat normalized() {
        return from(toJoml().normalize());
    }

    public Quat inverse() {
        return from(toJoml().invert());
    }

    /** Euler angles in degrees as (pitch, yaw, roll), the inverse of {@link #eulerDegrees}. */
    public Vec3 toEulerDegrees() {
        Vector3f e = toJoml().getEulerAnglesYXZ(new Vector3f());
        return new Vec3((float) Math.toDegrees(e.x), (float) Math.toDegrees(e.y), (float) Math.toDegrees(e.z));
    }

    public boolean isFinite() {
        return Float.isFinite(x) && Float.isFinite(y) && Float.isFinite(z) && Float.isFinite(w);
    }
}
