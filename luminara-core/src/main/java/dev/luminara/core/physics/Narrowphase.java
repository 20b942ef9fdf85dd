package dev.luminara.core.physics;

/**
 * Exact overlap tests between axis-aligned boxes and spheres. Each yields the unit normal along which body {@code j} is
 * pushed out of body {@code i} and the depth of the overlap; touching without overlap (depth 0) is no contact. Where a
 * direction is undefined (coincident centres) the choice is fixed, so results stay deterministic.
 */
final class Narrowphase {
    private Narrowphase() {}

    /** Fills {@code out} with (nx, ny, nz, depth) and returns true when bodies {@code i} and {@code j} overlap. */
    static boolean collide(Bodies b, int i, int j, float[] out) {
        if (b.sphere[i] && b.sphere[j]) return sphereSphere(b, i, j, out);
        if (!b.sphere[i] && !b.sphere[j]) return boxBox(b, i, j, out);
        boolean sphereFirst = b.sphere[i];
        if (!sphereBox(b, sphereFirst ? i : j, sphereFirst ? j : i, out)) return false;
        if (sphereFirst) { // sphereBox pushes the sphere out of the box; from i (the sphere) to j is the reverse
            out[0] = -out[0];
            out[1] = -out[1];
            out[2] = -out[2];
        }
        return true;
    }

    private static boolean boxBox(Bodies b, int i, int j, float[] out) {
        float dx = b.px[j] - b.px[i], dy = b.py[j] - b.py[i], dz = b.pz[j] - b.pz[i];
        float ox = b.hx[i] + b.hx[j] - Math.abs(dx);
        float oy = b.hy[i] + b.hy[j] - Math.abs(dy);
        float oz = b.hz[i] + b.hz[j] - Math.abs(dz);
        if (ox <= 0 || oy <= 0 || oz <= 0) return false;
        // separate along the axis of least overlap
        if (ox <= oy && ox <= oz) {
            set(out, dx < 0 ? -1 : 1, 0, 0, ox);
        } else if (oy <= oz) {
            set(out, 0, dy < 0 ? -1 : 1, 0, oy);
        } else {
            set(out, 0, 0, dz < 0 ? -1 : 1, oz);
        }
        return true;
    }

    private static boolean sphereSphere(Bodies b, int i, int j, float[] out) {
        float dx = b.px[j] - b.px[i], dy = b.py[j] - b.py[i], dz = b.pz[j] - b.pz[i];
        float reach = b.radius(i) + b.radius(j);
        float d2 = dx * dx + dy * dy + dz * dz;
        if (d2 >= reach * reach) return false;
        float d = (float) Math.sqrt(d2);
        if (d == 0) {
            set(out, 0, 1, 0, reach);
        } else {
            set(out, dx / d, dy / d, dz / d, reach - d);
        }
        return true;
    }

    /** Sphere {@code s} against box {@code x}; the normal pushes the sphere out of the box. */
    private static boolean sphereBox(Bodies b, int s, int x, float[] out) {
        float r = b.radius(s);
        float lx = b.px[s] - b.px[x], ly = b.py[s] - b.py[x], lz = b.pz[s] - b.pz[x];
        float qx = clamp(lx, b.hx[x]), qy = clamp(ly, b.hy[x]), qz = clamp(lz, b.hz[x]);
        float ex = lx - qx, ey = ly - qy, ez = lz - qz;
        float d2 = ex * ex + ey * ey + ez * ez;
        if (d2 > 0) {
            if (d2 >= r * r) return false;
            float d = (float) Math.sqrt(d2);
            set(out, ex / d, ey / d, ez / d, r - d);
            return true;
        }
        // the centre is inside the box: leave through the nearest face
        float fx = b.hx[x] - Math.abs(lx), fy = b.hy[x] - Math.abs(ly), fz = b.hz[x] - Math.abs(lz);
        if (fx <= fy && fx <= fz) {
            set(out, lx < 0 ? -1 : 1, 0, 0, r + fx);
        } else if (fy <= fz) {
            set(out, 0, ly < 0 ? -1 : 1, 0, r + fy);
        } else {
            set(out, 0, 0, lz < 0 ? -1 : 1, r + fz);
        }
        return true;
    }

    private static float clamp(float v, float half) {
        return Math.max(-half, Math.min(half, v));
    }

    private static void set(float[] out, float nx, float ny, float nz, float depth) {
        out[0] = nx;
        out[1] = ny;
        out[2] = nz;
        out[3] = depth;
    }
}
