package dev.luminara.core.physics;

import dev.luminara.core.math.Vec3;

/**
 * The world's physics parameters, a resource ({@link PhysicsPlugin} inserts {@link #DEFAULT} unless one is present).
 *
 * @param gravity acceleration applied to DYNAMIC bodies with {@code useGravity}, m/s²
 * @param solverIterations passes over the contacts per step, for velocities and again for positions; more settle
 *     stacks better
 * @param penetrationSlop depth a contact may keep without correction, m; it keeps resting contacts touching, so they
 *     neither jitter nor drop in and out of contact
 * @param correction fraction of the remaining depth beyond the slop removed per position pass, in (0, 1]
 * @param bounceThreshold impacts slower than this along the normal do not bounce, m/s, so resting bodies stay at rest
 */
public record PhysicsSettings(
        Vec3 gravity, int solverIterations, float penetrationSlop, float correction, float bounceThreshold) {

    public static final PhysicsSettings DEFAULT = new PhysicsSettings(new Vec3(0, -9.81f, 0), 8, 0.002f, 0.8f, 0.5f);

    public PhysicsSettings {
        if (gravity == null || !gravity.isFinite()) {
            throw new PhysicsException("PhysicsSettings.gravity must be a finite vector, got " + gravity);
        }
        if (solverIterations < 1 || solverIterations > 100) {
            throw new PhysicsException("PhysicsSettings.solverIterations must be in [1, 100], got " + solverIterations);
        }
        if (!(penetrationSlop >= 0 && penetrationSlop <= 1)) {
            throw new PhysicsException("PhysicsSettings.penetrationSlop must be in [0, 1] m, got " + penetrationSlop);
        }
        if (!(correction > 0 && correction <= 1)) {
            throw new PhysicsException("PhysicsSettings.correction must be in (0, 1], got " + correction);
        }
        if (!(bounceThreshold >= 0) || Float.isInfinite(bounceThreshold)) {
            throw new PhysicsException(
                    "PhysicsSettings.bounceThreshold must be finite and >= 0, got " + bounceThreshold);
        }
    }

    public PhysicsSettings withGravity(Vec3 g) {
        return new PhysicsSettings(g, solverIterations, penetrationSlop, correction, bounceThreshold);
    }

    public PhysicsSettings withSolverIterations(int n) {
        return new PhysicsSettings(gravity, n, penetrationSlop, correction, bounceThreshold);
    }
}
