package dev.luminara.core.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.Stage;
import dev.luminara.core.app.TransformPlugin;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collisions in running apps: landing, resting, bouncing, pushing, and the events they send. */
class CollisionTest {

    static App app() {
        return App.builder()
                .hz(60)
                .plugin(new PhysicsPlugin())
                .plugin(new TransformPlugin())
                .build();
    }

    /** A 40 m static floor whose top face is at y = 0. */
    static Entity floor(World world) {
        return world.spawn(Transform.at(0, -0.5f, 0), Collider.box(20, 0.5f, 20), RigidBody.fixed());
    }

    static Entity dynamicBox(World world, float x, float y, float z, float half) {
        return world.spawn(Transform.at(x, y, z), Collider.box(half, half, half), RigidBody.dynamic(1), Velocity.ZERO);
    }

    static float y(World world, Entity e) {
        return world.get(e, Transform.class).position().y();
    }

    /** Records the y of {@code e} after every step. */
    static List<Float> heights(App app, Entity e, int frames) {
        List<Float> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            app.step();
            out.add(y(app.world(), e));
        }
        return out;
    }

    @Test
    void aFallingBoxLandsAndRestsForTenSeconds() {
        App app = app();
        World world = app.world();
        floor(world);
        Entity box = dynamicBox(world, 0, 5, 0, 0.5f);
        List<Float> ys = heights(app, box, 600);

        List<Float> lastFive = ys.subList(300, 600);
        float lo = lastFive.stream().min(Float::compare).orElseThrow();
        float hi = lastFive.stream().max(Float::compare).orElseThrow();
        assertThat(lo).as("rests on the floor, not in it").isGreaterThan(0.5f - 0.005f);
        assertThat(hi).isLessThan(0.5f + 0.001f);
        assertThat(hi - lo).as("no jitter").isLessThan(0.0005f);
        assertThat(world.get(box, Velocity.class).linear().length()).isLessThan(0.2f);
        assertThat(world.get(box, Transform.class).position().x()).isEqualTo(0f);
    }

    @Test
    void aSphereRestsOnABoxAndABoxOnABox() {
        App app = app();
        World world = app.world();
        floor(world);
        Entity base = dynamicBox(world, 0, 0.5f, 0, 0.5f);
        Entity top = dynamicBox(world, 0.2f, 1.6f, 0, 0.5f);
        Entity ball =
                world.spawn(Transform.at(5, 3, 0), Collider.sphere(0.25f), RigidBody.dynamic(0.5f), Velocity.ZERO);
        app.runFrames(600);
        assertThat(y(world, base)).isCloseTo(0.5f, within(0.01f));
        assertThat(y(world, top)).isCloseTo(1.5f, within(0.02f));
        assertThat(y(world, ball)).isCloseTo(0.25f, within(0.01f));
    }

    @Test
    void restitutionBouncesAndZeroRestitutionDoesNot() {
        assertThat(apexAfterFirstBounce(0.8f)).isBetween(0.5f * 4, 0.8f * 4);
        assertThat(apexAfterFirstBounce(0f)).isLessThan(0.05f);
    }

    /** Drops a ball whose bottom is 4 m above the floor and returns the height its bottom reaches after the bounce. */
    private static float apexAfterFirstBounce(float restitution) {
        App app = app();
        World world = app.world();
        floor(world);
        Entity ball = world.spawn(
                Transform.at(0, 4.5f, 0),
                Collider.sphere(0.5f),
                new RigidBody(BodyKind.DYNAMIC, 1, true, restitution, 0),
                Velocity.ZERO);
        boolean bounced = false;
        float apex = 0;
        for (int f = 0; f < 240; f++) {
            app.step();
            float vy = world.get(ball, Velocity.class).linear().y();
            if (vy > 0) bounced = true;
            if (bounced) apex = Math.max(apex, y(world, ball) - 0.5f);
        }
        return apex;
    }

    @Test
    void aSphereFallingOntoABoxCornerIsPushedOutAlongTheCornerNormal() {
        App app = app();
        World world = app.world();
        world.spawn(Transform.at(0, 0, 0), Collider.box(1, 1, 1), RigidBody.fixed());
        Entity ball = world.spawn(
                Transform.at(1.2f, 1.2f, 0),
                Collider.sphere(0.5f),
                new RigidBody(BodyKind.DYNAMIC, 1, false, 0, 0),
                Velocity.linear(-1, -1, 0));
        app.step();
        Vec3 p = world.get(ball, Transform.class).position();
        // pushed back out along the diagonal from the box's edge at (1, 1)
        assertThat(p.sub(new Vec3(1, 1, 0)).length()).isGreaterThan(0.49f);
        assertThat(world.get(ball, Velocity.class).linear().dot(new Vec3(1, 1, 0).normalized()))
                .isGreaterThanOrEqualTo(-1e-4f);
    }

    @Test
    void aKinematicBodyPushesADynamicOneAndIsNotSlowed() {
        App app = app();
        World world = app.world();
        floor(world);
        Entity crate = dynamicBox(world, 2, 0.5f, 0, 0.5f);
        Entity pusher = world.spawn(
                Transform.at(0, 0.5f, 0),
                Collider.box(0.5f, 0.5f, 0.5f),
                RigidBody.kinematic(),
                Velocity.linear(2, 0, 0));
        app.runFrames(120);
        float pusherX = world.get(pusher, Transform.class).position().x();
        float crateX = world.get(crate, Transform.class).position().x();
        assertThat(pusherX).isCloseTo(4f, within(0.01f));
        assertThat(crateX - pusherX).as("pushed ahead, barely overlapping").isBetween(0.99f, 1.01f);
        assertThat(world.get(pusher, Velocity.class).linear()).isEqualTo(new Vec3(2, 0, 0));
        assertThat(y(world, crate)).isCloseTo(0.5f, within(0.01f));
    }

    @Test
    void dynamicBodiesShareImpulseByMassAndConserveMomentum() {
        App app = app();
        World world = app.world();
        Entity light = world.spawn(
                Transform.at(-1, 0, 0),
                Collider.sphere(0.5f),
                new RigidBody(BodyKind.DYNAMIC, 1, false, 0, 0),
                Velocity.linear(3, 0, 0));
        Entity heavy = world.spawn(
                Transform.at(1, 0, 0),
                Collider.sphere(0.5f),
                new RigidBody(BodyKind.DYNAMIC, 3, false, 0, 0),
                Velocity.ZERO);
        app.runFrames(60);
        float vl = world.get(light, Velocity.class).linear().x();
        float vh = world.get(heavy, Velocity.class).linear().x();
        assertThat(1 * vl + 3 * vh).isCloseTo(3f, within(1e-4f));
        assertThat(vl).as("perfectly inelastic: they move on together").isCloseTo(vh, within(1e-4f));
        assertThat(vh).isCloseTo(0.75f, within(1e-4f));
    }

    @Test
    void anElasticHeadOnCollisionOfEqualMassesSwapsVelocities() {
        App app = app();
        World world = app.world();
        RigidBody elastic = new RigidBody(BodyKind.DYNAMIC, 2, false, 1, 0);
        Entity a =
                world.spawn(Transform.at(-1, 0, 0), Collider.box(0.5f, 0.5f, 0.5f), elastic, Velocity.linear(2, 0, 0));
        Entity b = world.spawn(Transform.at(1, 0, 0), Collider.box(0.5f, 0.5f, 0.5f), elastic, Velocity.ZERO);
        app.runFrames(60);
        assertThat(world.get(a, Velocity.class).linear().x()).isCloseTo(0f, within(1e-4f));
        assertThat(world.get(b, Velocity.class).linear().x()).isCloseTo(2f, within(1e-4f));
    }

    @Test
    void collisionsAreReportedWithNormalFromTheLowerIndexAndDepth() {
        App app = app();
        World world = app.world();
        Entity ground = floor(world);
        Entity box = dynamicBox(world, 0, 0.45f, 0, 0.5f);
        Events.Reader<CollisionEvent> reader =
                world.events(CollisionEvent.class).reader();
        List<CollisionEvent> seen = new ArrayList<>();
        app.addFrameListener((a, nanos) -> seen.addAll(reader.read()));
        app.step();
        assertThat(seen).hasSize(1);
        CollisionEvent hit = seen.get(0);
        assertThat(hit.a()).isEqualTo(ground);
        assertThat(hit.b()).isEqualTo(box);
        assertThat(hit.normal()).isEqualTo(new Vec3(0, 1, 0));
        assertThat(hit.depth()).isGreaterThan(0.05f).isLessThan(0.06f);
        app.runFrames(30);
        assertThat(seen).hasSize(31).allSatisfy(e -> assertThat(e.b()).isEqualTo(box));
    }

    @Test
    void scaleEnlargesColliders() {
        App app = app();
        World world = app.world();
        floor(world);
        Entity big = world.spawn(
                Transform.at(0, 3, 0).withScale(new Vec3(1, 2, 1)),
                Collider.box(0.5f, 0.5f, 0.5f),
                RigidBody.dynamic(1),
                Velocity.ZERO);
        Entity ball = world.spawn(
                Transform.at(5, 3, 0).withScale(new Vec3(1, 3, 1)),
                Collider.sphere(0.5f),
                RigidBody.dynamic(1),
                Velocity.ZERO);
        app.runFrames(300);
        assertThat(y(world, big)).isCloseTo(1f, within(0.01f));
        assertThat(y(world, ball)).isCloseTo(1.5f, within(0.01f));
    }

    @Test
    void childCollidersArePlacedByTheirGlobalTransformAndNeverPushed() {
        App app = app();
        World world = app.world();
        floor(world);
        Entity cart = world.spawn(Transform.at(0, 5, 0));
        Entity bumper = world.spawn(Transform.at(0, -4.6f, 0), Collider.box(0.5f, 0.5f, 0.5f), RigidBody.dynamic(1));
        world.setParent(bumper, cart);
        Events.Reader<CollisionEvent> reader =
                world.events(CollisionEvent.class).reader();
        app.runFrames(2);
        // the bumper sits at y = 0.4 in the world, overlapping the floor; it is reported but stays where its parent
        // puts it
        assertThat(reader.read()).extracting(CollisionEvent::b).contains(bumper);
        assertThat(world.get(bumper, Transform.class).position()).isEqualTo(new Vec3(0, -4.6f, 0));
    }

    @Test
    void staticCollidersNeverInteractWithEachOther() {
        App app = app();
        World world = app.world();
        world.spawn(Transform.at(0, 0, 0), Collider.box(1, 1, 1), RigidBody.fixed());
        world.spawn(Transform.at(0.5f, 0, 0), Collider.box(1, 1, 1));
        world.spawn(Transform.at(0, 0.5f, 0), Collider.sphere(1).asTrigger(), RigidBody.fixed());
        Events.Reader<CollisionEvent> collisions =
                world.events(CollisionEvent.class).reader();
        Events.Reader<TriggerEvent> triggers = world.events(TriggerEvent.class).reader();
        app.runFrames(3);
        assertThat(collisions.read()).isEmpty();
        assertThat(triggers.read()).isEmpty();
    }

    @Test
    void physicsRunsInThePhysicsStage() {
        App app = app();
        assertThat(app.schedule().timings())
                .filteredOn(t -> t.stage() == Stage.PHYSICS)
                .extracting(t -> t.name())
                .containsExactly(PhysicsPlugin.INTEGRATE_SYSTEM, PhysicsPlugin.COLLIDE_SYSTEM);
    }
}
