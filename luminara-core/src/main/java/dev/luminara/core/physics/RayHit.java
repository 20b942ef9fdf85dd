package dev.luminara.core.physics;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;

/** Where a ray met a collider: the entity, the point, the surface's outward unit normal there and the distance. */
public record RayHit(Entity entity, Vec3 point, Vec3 normal, float distance) {}
