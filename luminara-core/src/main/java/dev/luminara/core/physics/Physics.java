package dev.luminara.core.physics;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Queries and stepping for physics-lite, for scripts, tools and the AI layer. Raycasts see colliders where physics
 * places them: a root by its Transform (current even mid-frame), a child by its GlobalTransform.
 */
public final class Physics {
    private Physics() {}

    /**
     * The nearest solid collider along a ray, within {@code maxDistance} metres, accepted by {@code filter}. Triggers
     * and colliders the ray starts inside are not hit; ties go to the lower entity index.
     */
    public static Optional<RayHit> raycast(
            World world, Vec3 origin, Vec3 direction, float maxDistance, Predicate<Entity> filter) {
        check(world, origin, direction, maxDistance, filter);
        return RayCaster.cast(world, origin, direction, maxDistance, filter, false).stream()
                .findFirst();
    }

    public static Optional<RayHit> raycast(World world, Vec3 origin, Vec3 direction, float maxDistance) {
        return raycast(world, origin, direction, maxDistance, e -> true);
    }

    /** Every solid collider along a ray within {@code maxDistance}, nearest first, accepted by {@code filter}. */
    public static List<RayHit> raycastAll(
            World world, Vec3 origin, Vec3 direction, float maxDistance, Predicate<Entity> filter) {
        check(world, origin, direction, maxDistance, filter);
        return RayCaster.cast(world, origin, direction, maxDistance, filter, true);
    }

    /**
     * Advances physics by {@code dt} seconds outside an app (a what-if run on a fork, say): integration, then
     * collisions, with the world's {@link PhysicsSettings} or the defaults. Commands it queues (a Velocity for a moving
     * body that has none) are left for the caller to apply.
     */
    public static void step(World world, float dt) {
        Objects.requireNonNull(world, "world");
        if (!(dt > 0) || Float.isInfinite(dt)) throw new PhysicsException("dt must be finite and > 0 s, got " + dt);
        Integrator.integrate(world, world.findResource(PhysicsSettings.class).orElse(PhysicsSettings.DEFAULT), dt);
        CollisionSystem.step(world);
    }

    private static void check(World world, Vec3 origin, Vec3 direction, float maxDistance, Predicate<Entity> filter) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(filter, "filter");
        if (origin == null || !origin.isFinite())
            throw new PhysicsException("ray origin must be finite, got " + origin);
        if (direction == null || !direction.isFinite() || direction.lengthSquared() == 0) {
            throw new PhysicsException("ray direction must be finite and non-zero, got " + direction);
        }
        if (!(maxDistance >= 0)) throw new PhysicsException("ray maxDistance must be >= 0, got " + maxDistance);
    }
}
