package dev.luminara.render;

import dev.luminara.core.math.Vec3;

/** A world-space axis-aligned box. */
public record Bounds(Vec3 min, Vec3 max) {
    public Vec3 center() {
        return min.add(max).mul(0.5f);
    }

    public Vec3 size() {
        return max.sub(min);
    }

    /** Half the diagonal: the radius of the sphere around the box. */
    public float radius() {
        return size().length() * 0.5f;
    }

    public Bounds union(Bounds o) {
        return new Bounds(min.min(o.min), max.max(o.max));
    }
}
