package dev.luminara.ai.spatial;

import dev.luminara.core.Entity;

/** An entity found by a spatial query and its distance from the query point. */
public record SpatialHit(Entity entity, float distance) {}
