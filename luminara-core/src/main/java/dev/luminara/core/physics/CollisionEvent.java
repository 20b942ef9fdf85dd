package dev.luminara.core.physics;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;

/**
 * Two solid colliders touched in a physics step (sent every step while they touch, through
 * {@code world.events(CollisionEvent.class)}). {@code a} has the lower entity index; {@code normal} is the unit vector
 * along which {@code b} is pushed away from {@code a}; {@code depth} is how far they overlapped, in metres, before
 * resolution.
 */
public record CollisionEvent(Entity a, Entity b, Vec3 normal, float depth) {}
