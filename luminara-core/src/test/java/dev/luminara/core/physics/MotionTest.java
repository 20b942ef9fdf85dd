package dev.luminara.core.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import org.junit.jupiter.api.Test;

/** Integration of velocities, gravity and drag, without contacts. */
class MotionTest {

    @Test
    void gravityAcceleratesDynamicBodiesOnly() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity falling = world.spawn(Transform.at(0, 100, 0), RigidBody.dynamic(2), Velocity.ZERO);
        Entity floating =
                world.spawn(Transform.at(5, 100, 0), new RigidBody(BodyKind.DYNAMIC, 1, false, 0, 0), Velocity.ZERO);
        Entity carried = world.spawn(Transform.at(10, 100, 0), RigidBody.kinematic(), Velocity.linear(1, 0, 0));
        Entity fixed = world.spawn(Transform.at(15, 100, 0), RigidBody.fixed(), Velocity.linear(1, 0, 0));
        Entity plain = world.spawn(Transform.at(20, 100, 0), Velocity.linear(0, 0, -3));
        app.runFrames(60);

        // semi-implicit Euler: v = g t exactly (up to float sums), y = y0 + g dt² n(n+1)/2
        assertThat(world.get(falling, Velocity.class).linear().y()).isCloseTo(-9.81f, within(1e-3f));
        assertThat(world.get(falling, Transform.class).position().y())
                .isCloseTo(100 - 9.81f / 3600 * 60 * 61 / 2, within(1e-3f));
        assertThat(world.get(floating, Transform.class).position()).isEqualTo(new Vec3(5, 100, 0));
        assertThat(world.get(carried, Transform.class).position().x()).isCloseTo(11f, within(1e-4f));
        assertThat(world.get(carried, Transform.class).position().y()).isEqualTo(100f);
        assertThat(world.get(fixed, Transform.class).position()).isEqualTo(new Vec3(15, 100, 0));
        assertThat(world.get(plain, Transform.class).position().z()).isCloseTo(-3f, within(1e-4f));
        assertThat(world.get(plain, GlobalTransform.class).position().z()).isCloseTo(-3f, within(1e-4f));
    }

    @Test
    void dragSlowsADynamicBodyExponentially() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity sled = world.spawn(
                Transform.IDENTITY, new RigidBody(BodyKind.DYNAMIC, 1, false, 0, 0.5f), Velocity.linear(10, 0, 0));
        app.runFrames(120);
        // (1 / (1 + 0.5 / 60))^120 ≈ e^-1: about a third of the speed is left after 2 s
        assertThat(world.get(sled, Velocity.class).linear().x()).isCloseTo(10 * 0.3697f, within(0.01f));
    }

    @Test
    void angularVelocityIsDegreesPerSecondAboutTheWorldAxes() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity spinner = world.spawn(Transform.IDENTITY, new Velocity(Vec3.ZERO, new Vec3(0, 90, 0)));
        app.runFrames(60);
        Quat q = world.get(spinner, Transform.class).rotation();
        Vec3 forward = q.rotate(Vec3.FORWARD);
        // a quarter turn to the left about +Y takes -Z to -X
        assertThat(forward.x()).isCloseTo(-1f, within(1e-3f));
        assertThat(forward.z()).isCloseTo(0f, within(1e-3f));
    }

    @Test
    void aRestingVelocityLeavesTheTransformUntouched() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity still = world.spawn(Transform.at(1, 2, 3), Velocity.ZERO);
        app.step();
        long tick = world.changedTick(still, Transform.class);
        app.runFrames(5);
        assertThat(world.changedTick(still, Transform.class)).isEqualTo(tick);
    }

    @Test
    void aMovingBodyWithoutVelocityGetsOneThroughACommand() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity body = world.spawn(Transform.at(0, 10, 0), RigidBody.dynamic(1));
        Entity wall = world.spawn(Transform.at(0, 10, 0), RigidBody.fixed());
        app.step();
        assertThat(world.has(body, Velocity.class)).isTrue();
        assertThat(world.has(wall, Velocity.class)).isFalse();
        app.step();
        assertThat(world.get(body, Transform.class).position().y()).isLessThan(10f);
    }

    @Test
    void settingsComeFromTheResourceAndBadOnesAreRejected() {
        App app = App.builder()
                .resource(PhysicsSettings.DEFAULT.withGravity(new Vec3(0, 0, 5)))
                .plugin(new PhysicsPlugin())
                .build();
        World world = app.world();
        Entity e = world.spawn(Transform.IDENTITY, RigidBody.dynamic(1), Velocity.ZERO);
        app.runFrames(60);
        Vec3 v = world.get(e, Velocity.class).linear();
        assertThat(v.x()).isZero();
        assertThat(v.y()).isZero();
        assertThat(v.z()).isCloseTo(5f, within(1e-4f));

        assertThatThrownBy(() -> PhysicsSettings.DEFAULT.withSolverIterations(0))
                .isInstanceOf(PhysicsException.class)
                .hasMessage("PhysicsSettings.solverIterations must be in [1, 100], got 0");
        assertThatThrownBy(() -> PhysicsSettings.DEFAULT.withGravity(new Vec3(Float.NaN, 0, 0)))
                .hasMessageContaining("gravity");
        assertThatThrownBy(() -> Physics.step(world, 0)).hasMessageContaining("dt must be finite and > 0");
    }

    @Test
    void aPausedGameDoesNotMoveOrReport() {
        App app = CollisionTest.app();
        World world = app.world();
        CollisionTest.floor(world);
        Entity box = CollisionTest.dynamicBox(world, 0, 3, 0, 0.5f);
        app.runFrames(10);
        Vec3 at = world.get(box, Transform.class).position();
        world.insertResource(world.resource(Time.class).withPaused(true));
        var collisions = world.events(CollisionEvent.class).readerFromNow();
        app.runFrames(120);
        assertThat(world.get(box, Transform.class).position()).isEqualTo(at);
        assertThat(collisions.read()).isEmpty();
    }

    @Test
    void stepAdvancesAWorldWithoutAnApp() {
        World world = new World();
        Entity e = world.spawn(Transform.at(0, 1, 0), RigidBody.dynamic(1), Velocity.ZERO);
        Physics.step(world, 0.5f);
        assertThat(world.get(e, Transform.class).position().y()).isCloseTo(1 - 9.81f * 0.25f, within(1e-5f));
    }
}
