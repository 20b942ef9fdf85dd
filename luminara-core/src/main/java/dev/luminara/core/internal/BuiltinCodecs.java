package dev.luminara.core.internal;

import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;

/**
 * Hand-written codecs for the components every frame touches. Their float slots follow {@link RecordLayout}'s
 * depth-first order; a test checks them against the reflective codec.
 */
public final class BuiltinCodecs {
    private BuiltinCodecs() {}

    public static final PackedCodec<Transform> TRANSFORM = new PackedCodec<>() {
        @Override
        public void write(Transform t, PackedColumn c, int row) {
            writeTrs(c.floats, row, t.position(), t.rotation(), t.scale());
        }

        @Override
        public Transform read(PackedColumn c, int row) {
            float[][] f = c.floats;
            return new Transform(vec(f, 0, row), quat(f, 3, row), vec(f, 7, row));
        }
    };

    public static final PackedCodec<GlobalTransform> GLOBAL_TRANSFORM = new PackedCodec<>() {
        @Override
        public void write(GlobalTransform t, PackedColumn c, int row) {
            writeTrs(c.floats, row, t.position(), t.rotation(), t.scale());
        }

        @Override
        public GlobalTransform read(PackedColumn c, int row) {
            float[][] f = c.floats;
            return new GlobalTransform(vec(f, 0, row), quat(f, 3, row), vec(f, 7, row));
        }
    };

    public static final PackedCodec<Velocity> VELOCITY = new PackedCodec<>() {
        @Override
        public void write(Velocity v, PackedColumn c, int row) {
            float[][] f = c.floats;
            f[0][row] = v.linear().x();
            f[1][row] = v.linear().y();
            f[2][row] = v.linear().z();
            f[3][row] = v.angular().x();
            f[4][row] = v.angular().y();
            f[5][row] = v.angular().z();
        }

        @Override
        public Velocity read(PackedColumn c, int row) {
            return new Velocity(vec(c.floats, 0, row), vec(c.floats, 3, row));
        }
    };

    private static void writeTrs(float[][] f, int row, Vec3 p, Quat r, Vec3 s) {
        f[0][row] = p.x();
        f[1][row] = p.y();
        f[2][row] = p.z();
        f[3][row] = r.x();
        f[4][row] = r.y();
        f[5][row] = r.z();
        f[6][row] = r.w();
        f[7][row] = s.x();
        f[8][row] = s.y();
        f[9][row] = s.z();
    }

    private static Vec3 vec(float[][] f, int at, int row) {
        return new Vec3(f[at][row], f[at + 1][row], f[at + 2][row]);
    }

    private static Quat quat(float[][] f, int at, int row) {
        return new Quat(f[at][row], f[at + 1][row], f[at + 2][row], f[at + 3][row]);
    }
}
