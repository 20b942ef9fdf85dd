package dev.luminara.ai.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.Optional;

/**
 * World-space placement computed from {@link Transform} and the {@link Parent} chain, so it is current even between a
 * command and the next transform propagation (GlobalTransform would still hold the old value then).
 */
public final class Positions {
    private static final int MAX_DEPTH = 64;

    private Positions() {}

    /** The entity's world transform, or empty when it has no Transform. */
    public static Optional<Transform> global(World world, Entity e) {
        Optional<Transform> local = world.find(e, Transform.class);
        if (local.isEmpty()) return Optional.empty();
        Transform t = local.get();
        Entity at = e;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Parent> parent = world.find(at, Parent.class);
            if (parent.isEmpty() || !world.isAlive(parent.get().entity())) break;
            at = parent.get().entity();
            Optional<Transform> pt = world.find(at, Transform.class);
            if (pt.isPresent()) t = t.composeWith(pt.get());
        }
        return Optional.of(t);
    }

    public static Optional<Vec3> of(World world, Entity e) {
        return global(world, e).map(Transform::position);
    }
}
