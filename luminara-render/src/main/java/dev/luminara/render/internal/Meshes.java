package dev.luminara.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The primitive meshes, generated once and shared (they are immutable). All are centred on the origin with a unit
 * footprint: the box and plane span -0.5..0.5, spheres and capsules have diameter 1 (a capsule's total height is
 * {@code 1 + 2 * halfLength}). Round shapes come in several tessellations so that small ones stay cheap.
 */
public final class Meshes {
    /** Segments around the axis, by level of detail. */
    static final int[] SEGMENTS = {8, 16, 24, 36, 48};

    public static final TriangleMesh BOX = box();
    public static final TriangleMesh PLANE = plane();

    private static final Map<Long, TriangleMesh> ROUND = new ConcurrentHashMap<>();

    private Meshes() {}

    /** Level of detail for a round shape whose radius covers {@code radiusPixels} on screen. */
    public static int detailFor(float radiusPixels) {
        if (radiusPixels < 6) return 0;
        if (radiusPixels < 20) return 1;
        if (radiusPixels < 60) return 2;
        if (radiusPixels < 160) return 3;
        return 4;
    }

    public static TriangleMesh sphere(int detail) {
        return capsule(0, detail);
    }

    /** Capsule of diameter 1 whose straight part is {@code 2 * halfLength} long, quantised to 1/64. */
    public static TriangleMesh capsule(float halfLength, int detail) {
        int q = Math.max(0, Math.min(64 * 64, Math.round(halfLength * 64)));
        int level = Math.max(0, Math.min(SEGMENTS.length - 1, detail));
        long key = ((long) q << 8) | level;
        return ROUND.computeIfAbsent(key, k -> revolved(q / 64f, SEGMENTS[level]));
    }

    /** Half the straight length of a capsule of this diameter and total height, in units of the diameter. */
    public static float capsuleHalfLength(float diameter, float height) {
        if (diameter <= 0) return 0;
        return Math.max(0, (height / diameter - 1) * 0.5f);
    }

    private static TriangleMesh box() {
        float[][] faces = { // normal, u, v with u x v = normal
            {1, 0, 0, 0, 0, -1, 0, 1, 0},
            {-1, 0, 0, 0, 0, 1, 0, 1, 0},
            {0, 1, 0, 1, 0, 0, 0, 0, -1},
            {0, -1, 0, 1, 0, 0, 0, 0, 1},
            {0, 0, 1, 1, 0, 0, 0, 1, 0},
            {0, 0, -1, -1, 0, 0, 0, 1, 0}
        };
        float[] pos = new float[6 * 4 * 3];
        float[] nrm = new float[pos.length];
        int[] idx = new int[6 * 6];
        float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (int f = 0; f < 6; f++) {
            float[] d = faces[f];
            for (int c = 0; c < 4; c++) {
                int v = (f * 4 + c) * 3;
                for (int k = 0; k < 3; k++) {
                    pos[v + k] = 0.5f * (d[k] + corners[c][0] * d[3 + k] + corners[c][1] * d[6 + k]);
                    nrm[v + k] = d[k];
                }
            }
            int base = f * 4;
            int[] tri = {base, base + 1, base + 2, base, base + 2, base + 3};
            System.arraycopy(tri, 0, idx, f * 6, 6);
        }
        return new TriangleMesh(pos, nrm, idx, false);
    }

    private static TriangleMesh plane() {
        float[] pos = {-0.5f, 0, 0.5f, 0.5f, 0, 0.5f, 0.5f, 0, -0.5f, -0.5f, 0, -0.5f};
        float[] nrm = {0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0};
        return new TriangleMesh(pos, nrm, new int[] {0, 1, 2, 0, 2, 3}, true);
    }

    /**
     * A surface of revolution about Y: two hemispheres of radius 0.5 joined by a straight band of height
     * {@code 2 * halfLength}. With {@code halfLength == 0} it is a UV sphere, so spheres and capsules share one
     * generator.
     */
    private static TriangleMesh revolved(float halfLength, int segments) {
        int ringsPerCap = Math.max(2, segments / 4);
        List<float[]> profile = new ArrayList<>(); // radius, y, normal radius, normal y
        for (int i = 0; i <= ringsPerCap; i++) {
            double phi = Math.PI * 0.5 * i / ringsPerCap;
            float s = (float) StrictMath.sin(phi), c = (float) StrictMath.cos(phi);
            profile.add(new float[] {0.5f * s, halfLength + 0.5f * c, s, c});
        }
        for (int i = 0; i <= ringsPerCap; i++) {
            double phi = Math.PI * 0.5 + Math.PI * 0.5 * i / ringsPerCap;
            float s = (float) StrictMath.sin(phi), c = (float) StrictMath.cos(phi);
            profile.add(new float[] {0.5f * s, -halfLength + 0.5f * c, s, c});
        }
        int rings = profile.size();
        int cols = segments + 1;
        float[] pos = new float[rings * cols * 3];
        float[] nrm = new float[pos.length];
        for (int r = 0; r < rings; r++) {
            float[] p = profile.get(r);
            for (int j = 0; j < cols; j++) {
                double theta = 2 * Math.PI * (j % segments) / segments;
                float cx = (float) StrictMath.cos(theta), sz = (float) StrictMath.sin(theta);
                int v = (r * cols + j) * 3;
                pos[v] = p[0] * cx;
                pos[v + 1] = p[1];
                pos[v + 2] = p[0] * sz;
                nrm[v] = p[2] * cx;
                nrm[v + 1] = p[3];
                nrm[v + 2] = p[2] * sz;
            }
        }
        List<int[]> tris = new ArrayList<>();
        for (int r = 0; r < rings - 1; r++) {
            for (int j = 0; j < segments; j++) {
                int a = r * cols + j, b = a + 1, c = a + cols, d = c + 1;
                addOutward(tris, pos, nrm, a, b, d);
                addOutward(tris, pos, nrm, a, d, c);
            }
        }
        int[] idx = new int[tris.size() * 3];
        for (int i = 0; i < tris.size(); i++) System.arraycopy(tris.get(i), 0, idx, i * 3, 3);
        return new TriangleMesh(pos, nrm, idx, false);
    }

    /** Adds the triangle wound so that it faces along its vertices' normals; drops degenerate ones (poles, bands). */
    private static void addOutward(List<int[]> tris, float[] p, float[] n, int a, int b, int c) {
        float ux = p[b * 3] - p[a * 3], uy = p[b * 3 + 1] - p[a * 3 + 1], uz = p[b * 3 + 2] - p[a * 3 + 2];
        float vx = p[c * 3] - p[a * 3], vy = p[c * 3 + 1] - p[a * 3 + 1], vz = p[c * 3 + 2] - p[a * 3 + 2];
        float cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
        float area2 = cx * cx + cy * cy + cz * cz;
        if (area2 < 1e-12f) return;
        float nx = n[a * 3] + n[b * 3] + n[c * 3], ny = n[a * 3 + 1] + n[b * 3 + 1] + n[c * 3 + 1];
        float nz = n[a * 3 + 2] + n[b * 3 + 2] + n[c * 3 + 2];
        tris.add(cx * nx + cy * ny + cz * nz >= 0 ? new int[] {a, b, c} : new int[] {a, c, b});
    }
}
