package dev.luminara.core.physics;

import dev.luminara.core.Chunk;
import dev.luminara.core.World;
import dev.luminara.core.app.GameSystem;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;

/**
 * Semi-implicit Euler over every entity with a Transform and a Velocity: DYNAMIC bodies first gain gravity and lose
 * drag, then every body but a STATIC one moves by its linear velocity and turns by its angular velocity (degrees per
 * second about the world axes). An entity with a Velocity and no RigidBody just moves. Rows are written through the raw
 * columns and marked changed only when they really changed, so propagation and the spatial index see true moves only.
 * Moving root bodies that lack a Velocity get one through a command, applied at the end of the stage. A body with a
 * Parent is carried by it: no gravity or drag (physics-lite does not simulate compound bodies).
 */
final class Integrator implements GameSystem {
    @Override
    public void run(World world) {
        float dt = world.resource(Time.class).deltaF();
        if (dt == 0) return; // game time is paused
        PhysicsSettings settings = world.findResource(PhysicsSettings.class).orElse(PhysicsSettings.DEFAULT);
        integrate(world, settings, dt);
    }

    static void integrate(World world, PhysicsSettings settings, float dt) {
        world.query(RigidBody.class, Transform.class)
                .without(Velocity.class, Parent.class)
                .forEach(RigidBody.class, (e, rb) -> {
                    if (rb.kind() != BodyKind.STATIC) world.commands().insert(e, Velocity.ZERO);
                });
        world.query(Velocity.class, Transform.class).forEachChunk(chunk -> integrate(chunk, settings.gravity(), dt));
    }

    private static void integrate(Chunk chunk, Vec3 gravity, float dt) {
        boolean rigid = chunk.has(RigidBody.class);
        boolean attached = chunk.has(Parent.class); // carried by its parent: never falls on its own
        float[] px = chunk.floats(Transform.class, "position.x");
        float[] py = chunk.floats(Transform.class, "position.y");
        float[] pz = chunk.floats(Transform.class, "position.z");
        float[] vx = chunk.floats(Velocity.class, "linear.x");
        float[] vy = chunk.floats(Velocity.class, "linear.y");
        float[] vz = chunk.floats(Velocity.class, "linear.z");
        float[] wx = chunk.floats(Velocity.class, "angular.x");
        float[] wy = chunk.floats(Velocity.class, "angular.y");
        float[] wz = chunk.floats(Velocity.class, "angular.z");
        for (int row = 0; row < chunk.size(); row++) {
            RigidBody rb = rigid ? chunk.get(row, RigidBody.class) : null;
            if (rb != null && rb.kind() == BodyKind.STATIC) continue;
            if (rb != null && rb.kind() == BodyKind.DYNAMIC && !attached) {
                float x = vx[row], y = vy[row], z = vz[row];
                if (rb.useGravity()) {
                    x += gravity.x() * dt;
                    y += gravity.y() * dt;
                    z += gravity.z() * dt;
                }
                float keep = 1 / (1 + rb.drag() * dt);
                x *= keep;
                y *= keep;
                z *= keep;
                if (x != vx[row] || y != vy[row] || z != vz[row]) {
                    vx[row] = x;
                    vy[row] = y;
                    vz[row] = z;
                    chunk.markChanged(row, Velocity.class);
                }
            }
            boolean moved = false;
            if (vx[row] != 0 || vy[row] != 0 || vz[row] != 0) {
                px[row] += vx[row] * dt;
                py[row] += vy[row] * dt;
                pz[row] += vz[row] * dt;
                moved = true;
            }
            Vec3 spin = new Vec3(wx[row], wy[row], wz[row]);
            if (spin.lengthSquared() > 0) {
                Transform t = chunk.get(row, Transform.class); // already holds the new position
                Quat turn = Quat.axisAngleDegrees(spin, spin.length() * dt);
                chunk.set(row, t.withRotation(turn.mul(t.rotation()).normalized()));
            } else if (moved) {
                chunk.markChanged(row, Transform.class);
            }
        }
    }
}
