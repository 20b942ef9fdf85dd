package dev.luminara.ai.search;

import dev.luminara.core.math.Vec3;
import java.util.Collection;

/** The extent of a world on the ground plane (X east, Z south), which position words are relative to. */
public record Bounds(float minX, float maxX, float minZ, float maxZ) {
    public static final Bounds UNIT = new Bounds(-1, 1, -1, 1);

    public static Bounds of(Collection<Vec3> points) {
        if (points.isEmpty()) return UNIT;
        float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, z0 = Float.MAX_VALUE, z1 = -Float.MAX_VALUE;
        for (Vec3 p : points) {
            x0 = Math.min(x0, p.x());
            x1 = Math.max(x1, p.x());
            z0 = Math.min(z0, p.z());
            z1 = Math.max(z1, p.z());
        }
        return new Bounds(x0, x1, z0, z1);
    }

    public float width() {
        return maxX - minX;
    }

    public float depth() {
        return maxZ - minZ;
    }

    public float diagonal() {
        return (float) Math.hypot(width(), depth());
    }

    /** Whether {@code p} lies inside these bounds grown by {@code margin} (a fraction of the size) on every side. */
    public boolean contains(Vec3 p, float margin) {
        float mx = Math.max(width() * margin, 1e-3f), mz = Math.max(depth() * margin, 1e-3f);
        return p.x() >= minX - mx && p.x() <= maxX + mx && p.z() >= minZ - mz && p.z() <= maxZ + mz;
    }
}
