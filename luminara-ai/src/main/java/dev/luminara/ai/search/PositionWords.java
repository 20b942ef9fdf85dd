package dev.luminara.ai.search;

import dev.luminara.core.math.Vec3;

/**
 * Where a point lies in words, relative to the world's bounds split in thirds: "north-east corner", "south edge",
 * "centre". North is -Z and east is +X (Luminara is right-handed, Y up, -Z forward).
 */
public final class PositionWords {
    private PositionWords() {}

    public static String describe(Vec3 p, Bounds b) {
        String ns = third(p.z(), b.minZ(), b.maxZ(), "north", "south");
        String ew = third(p.x(), b.minX(), b.maxX(), "west", "east");
        if (ns.isEmpty() && ew.isEmpty()) return "centre";
        if (ns.isEmpty()) return ew + " edge";
        if (ew.isEmpty()) return ns + " edge";
        return ns + "-" + ew + " corner";
    }

    private static String third(float v, float min, float max, String low, String high) {
        float span = max - min;
        if (span <= 1e-3f) return "";
        float t = (v - min) / span;
        return t < 1f / 3 ? low : t > 2f / 3 ? high : "";
    }
}
