package dev.luminara.core.spatial;

import dev.luminara.core.Entity;

/** An entity found by a spatial query and its distance from the query point, in metres. */
public record SpatialHit(Entity entity, float distance) {}
