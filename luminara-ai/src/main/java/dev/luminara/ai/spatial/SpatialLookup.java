package dev.luminara.ai.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.function.Predicate;

/**
 * The spatial queries the AI layer needs (nearest neighbours, radius, box), over entities with a Transform. A seam so
 * that the implementation can follow the engine's spatial index.
 */
public interface SpatialLookup {
    /** Up to {@code k} entities accepted by {@code filter}, nearest first (ties by entity id). */
    List<SpatialHit> nearest(Vec3 point, int k, Predicate<Entity> filter);

    /** Entities within {@code radius} of {@code point}, nearest first. */
    List<SpatialHit> withinRadius(Vec3 point, float radius);

    /** Brings the lookup up to date with the world (queries answer as of the last refresh); cheap when nothing moved. */
    void refresh();
}
