package dev.luminara.render.internal;

import dev.luminara.render.Bounds;

/**
 * The ground reference: the plane y = 0 drawn where nothing else is, and grid lines on it (and on surfaces lying in
 * it, such as the top of a floor). Spacing follows the scene size (1 m for a 30 m arena), every tenth line is
 * stronger, the X axis (z = 0) is red and the Z axis (x = 0) blue, as in most editors. Lines are antialiased from
 * their screen-space footprint and fade out where they would crowd together.
 */
final class GroundGrid {
    static final float[] GROUND = {0.16f, 0.165f, 0.175f};
    private static final float[] X_AXIS = {0.75f, 0.12f, 0.10f};
    private static final float[] Z_AXIS = {0.10f, 0.25f, 0.85f};
    private static final float[] LINE = {0.05f, 0.05f, 0.06f};

    final float spacing;
    final boolean lines;

    GroundGrid(Bounds bounds, boolean lines) {
        float extent = Math.max(1, Math.max(bounds.size().x(), bounds.size().z()));
        this.spacing = (float) Math.pow(10, Math.floor(Math.log10(extent / 15)));
        this.lines = lines;
    }

    /**
     * Blends grid lines into colour c (linear) at ground point (x, z), where moving one pixel moves the point by
     * (dxdx, dzdx) across and (dxdy, dzdy) down.
     */
    void blend(float x, float z, float dxdx, float dzdx, float dxdy, float dzdy, float[] c) {
        if (!lines) return;
        float fx = Math.abs(dxdx) + Math.abs(dxdy);
        float fz = Math.abs(dzdx) + Math.abs(dzdy);
        float minor = line(x, fx, spacing) * 0.22f;
        float minorZ = line(z, fz, spacing) * 0.22f;
        float major = line(x, fx, spacing * 10) * 0.45f;
        float majorZ = line(z, fz, spacing * 10) * 0.45f;
        float a = Math.max(Math.max(minor, minorZ), Math.max(major, majorZ));
        mix(c, LINE, a);
        mix(c, Z_AXIS, line(x, fx, Float.NaN) * 0.8f);
        mix(c, X_AXIS, line(z, fz, Float.NaN) * 0.8f);
    }

    /** Coverage of the nearest line (or of the axis when spacing is NaN) for coordinate u with footprint du. */
    private static float line(float u, float du, float spacing) {
        if (du <= 0 || !Float.isFinite(du)) return 0;
        float dist, density;
        if (Float.isNaN(spacing)) {
            dist = Math.abs(u);
            density = 0;
        } else {
            float t = u / spacing;
            dist = Math.abs(t - (float) Math.floor(t + 0.5f)) * spacing;
            density = du / spacing;
        }
        float fade = 1 - clamp((density - 0.12f) / 0.25f);
        if (fade <= 0) return 0;
        float cover = 1 - clamp((dist - du * 0.25f) / du);
        return cover * fade;
    }

    private static void mix(float[] c, float[] to, float a) {
        if (a <= 0) return;
        c[0] += (to[0] - c[0]) * a;
        c[1] += (to[1] - c[1]) * a;
        c[2] += (to[2] - c[2]) * a;
    }

    static float clamp(float v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
