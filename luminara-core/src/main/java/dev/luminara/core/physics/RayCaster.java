package dev.luminara.core.physics;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rays against every solid collider, placed as physics places them ({@link Bodies}). Triggers are not hit, and
 * neither is a collider the ray starts inside (so a ray cast from a character's centre does not hit the character).
 * Hits are ordered by distance, ties by entity index; the filter sees only hits within reach.
 */
final class RayCaster {
    private RayCaster() {}

    static List<RayHit> cast(
            World world, Vec3 origin, Vec3 direction, float maxDistance, Predicate<Entity> filter, boolean all) {
        Vec3 d = direction.normalized();
        Bodies b = Bodies.gather(world);
        double[] hit = new double[4];
        long[] keys = new long[b.n];
        double[][] found = new double[b.n][];
        int hits = 0;
        for (int i = 0; i < b.n; i++) {
            if (b.trigger[i]) continue;
            boolean met = b.sphere[i] ? sphere(b, i, origin, d, hit) : box(b, i, origin, d, hit);
            if (met && hit[0] <= maxDistance) {
                found[i] = hit.clone();
                keys[hits++] = ((long) Float.floatToIntBits((float) hit[0]) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, hits);
        List<RayHit> out = new ArrayList<>();
        for (int k = 0; k < hits; k++) {
            int i = (int) keys[k];
            Entity e = b.entity(i);
            if (!filter.test(e)) continue;
            double t = found[i][0];
            Vec3 point = new Vec3((float) (origin.x() + d.x() * t), (float) (origin.y() + d.y() * t), (float)
                    (origin.z() + d.z() * t));
            out.add(new RayHit(
                    e, point, new Vec3((float) found[i][1], (float) found[i][2], (float) found[i][3]), (float) t));
            if (!all) break;
        }
        return out;
    }

    /** Slab test; the normal is that of the face entered last, the one the ray crosses into the box. */
    private static boolean box(Bodies b, int i, Vec3 o, Vec3 d, double[] out) {
        double[] origin = {o.x(), o.y(), o.z()};
        double[] dir = {d.x(), d.y(), d.z()};
        double[] centre = {b.px[i], b.py[i], b.pz[i]};
        double[] half = {b.hx[i], b.hy[i], b.hz[i]};
        double near = Double.NEGATIVE_INFINITY, far = Double.POSITIVE_INFINITY;
        int axis = -1;
        for (int a = 0; a < 3; a++) {
            double lo = centre[a] - half[a], hi = centre[a] + half[a];
            if (dir[a] == 0) {
                if (origin[a] < lo || origin[a] > hi) return false;
                continue;
            }
            double t1 = (lo - origin[a]) / dir[a], t2 = (hi - origin[a]) / dir[a];
            double enter = Math.min(t1, t2), exit = Math.max(t1, t2);
            if (enter > near) {
                near = enter;
                axis = a;
            }
            far = Math.min(far, exit);
        }
        if (axis < 0 || near > far || near < 0) return false; // a miss, or the origin is inside or past the box
        out[0] = near;
        out[1] = out[2] = out[3] = 0;
        out[1 + axis] = dir[axis] > 0 ? -1 : 1;
        return true;
    }

    private static boolean sphere(Bodies b, int i, Vec3 o, Vec3 d, double[] out) {
        double r = b.radius(i);
        double ox = o.x() - b.px[i], oy = o.y() - b.py[i], oz = o.z() - b.pz[i];
        double along = ox * d.x() + oy * d.y() + oz * d.z();
        double outside = ox * ox + oy * oy + oz * oz - r * r;
        if (outside < 0) return false; // starts inside
        double disc = along * along - outside;
        if (disc < 0) return false;
        double t = -along - Math.sqrt(disc);
        if (t < 0 || r == 0) return false;
        out[0] = t;
        out[1] = (ox + d.x() * t) / r;
        out[2] = (oy + d.y() * t) / r;
        out[3] = (oz + d.z() * t) / r;
        return true;
    }
}
