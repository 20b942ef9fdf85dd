package dev.luminara.ai.intent;

import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link RelativePosition} and an anchor into world positions, one per entity to place. */
final class PositionResolver {
    private final World world;

    PositionResolver(World world) {
        this.world = world;
    }

    List<Vec3> resolve(RelativePosition position, Entity anchor, int count, float spacing) {
        Transform at = Positions.global(world, anchor)
                .orElseThrow(
                        () -> new IntentException("the anchor " + anchor + " has no Transform to place things from"));
        Vec3 p = at.position();
        if (position instanceof RelativePosition.Forward f) {
            return row(p.add(at.forward().normalized().mul(f.distance())), at, count, spacing);
        } else if (position instanceof RelativePosition.Above a) {
            return row(p.add(Vec3.UP.mul(a.height())), at, count, spacing);
        } else if (position instanceof RelativePosition.AtOffset o) {
            return row(p.add(o.offset()), at, count, spacing);
        } else if (position instanceof RelativePosition.RandomInRadius r) {
            requirePositive(r.radius());
            SplitMix rng = new SplitMix(r.seed());
            List<Vec3> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double angle = rng.nextDouble() * 2 * Math.PI, dist = Math.sqrt(rng.nextDouble()) * r.radius();
                out.add(new Vec3(
                        p.x() + (float) (Math.cos(angle) * dist), p.y(), p.z() + (float) (Math.sin(angle) * dist)));
            }
            return out;
        } else if (position instanceof RelativePosition.RandomReachable r) {
            requirePositive(r.radius());
            List<Vec3> cells = NavGrid.around(world, anchor, r.radius()).reachablePoints(p, r.radius());
            if (cells.isEmpty()) {
                throw new IntentException(
                        "no reachable point within " + r.radius() + " m of " + anchor + ": colliders surround it");
            }
            SplitMix rng = new SplitMix(r.seed());
            List<Vec3> out = new ArrayList<>();
            for (int i = 0; i < count; i++) out.add(cells.get((int) (rng.nextDouble() * cells.size())));
            return out;
        }
        throw new IllegalStateException(
                "unhandled position " + position.getClass().getSimpleName());
    }

    /** {@code count} points centred on {@code centre} in a row across the anchor's facing. */
    private static List<Vec3> row(Vec3 centre, Transform at, int count, float spacing) {
        Vec3 forward = at.forward().normalized();
        Vec3 right = forward.cross(Vec3.UP).normalized();
        if (right.lengthSquared() < 1e-6f) right = new Vec3(1, 0, 0); // facing straight up or down
        List<Vec3> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(centre.add(right.mul((i - (count - 1) / 2f) * spacing)));
        }
        return out;
    }

    private static void requirePositive(float radius) {
        if (!(radius > 0)) throw new IntentException("radius must be > 0, got " + radius);
    }
}
