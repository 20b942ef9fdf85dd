package dev.luminara.core.physics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import dev.luminara.core.app.GameRandom;
import dev.luminara.core.app.Stage;
import dev.luminara.core.app.TransformPlugin;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.internal.LongList;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialPlugin;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Physics is deterministic whatever the storage order, snapshots carry its state, and the broadphase misses nothing. */
class PhysicsProperties {

    /** A random body: {@code kind} 0-3 is DYNAMIC, KINEMATIC, STATIC or no RigidBody. */
    record Body(boolean sphere, int kind, boolean trigger, Vec3 position, float size, Vec3 velocity, float bounce) {
        Record[] components() {
            Collider c = sphere ? Collider.sphere(size) : Collider.box(size, size * 0.7f, size * 1.3f);
            List<Record> out = new ArrayList<>(List.of(Transform.at(position), trigger ? c.asTrigger() : c));
            switch (kind) {
                case 0 -> out.add(new RigidBody(BodyKind.DYNAMIC, 1 + size, true, bounce, 0.1f));
                case 1 -> out.add(RigidBody.kinematic());
                case 2 -> out.add(RigidBody.fixed());
                default -> {}
            }
            if (kind != 2) out.add(new Velocity(velocity, new Vec3(0, velocity.x() * 10, 0)));
            return out.toArray(Record[]::new);
        }
    }

    @Provide
    Arbitrary<List<Body>> scenes() {
        Arbitrary<Float> coordinate = Arbitraries.integers().between(-40, 40).map(i -> i / 8f);
        Arbitrary<Vec3> position = Combinators.combine(coordinate, coordinate.map(y -> Math.abs(y) + 0.5f), coordinate)
                .as(Vec3::new);
        Arbitrary<Vec3> velocity =
                Combinators.combine(coordinate, coordinate, coordinate).as(Vec3::new);
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2).map(i -> i == 0),
                        position,
                        Arbitraries.integers().between(2, 12).map(i -> i / 8f),
                        velocity,
                        Arbitraries.of(0f, 0.5f, 0.9f))
                .as(Body::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    private static App app(long seed) {
        App app = App.builder()
                .seed(seed)
                .plugin(new PhysicsPlugin())
                .plugin(new TransformPlugin())
                .plugin(new SpatialPlugin())
                .build();
        // scripted nudges drawn from the seeded random source, applied in entity-index order
        app.schedule().add(Stage.SCRIPTS, "test.nudge", world -> {
            GameRandom random = world.resource(GameRandom.class);
            List<Entity> movers = new ArrayList<>(world.query(Velocity.class).entities());
            movers.sort(null);
            if (movers.isEmpty() || random.nextInt(4) != 0) return;
            Entity e = movers.get(random.nextInt(movers.size()));
            Velocity v = world.get(e, Velocity.class);
            world.set(e, v.withLinear(v.linear().add(new Vec3(random.nextFloat(-2, 2), random.nextFloat(0, 3), 0))));
        });
        return app;
    }

    /** Spawns the scene with fixed ids, in order or backwards (which changes archetype and row order, not ids). */
    private static void spawn(World world, List<Body> scene, boolean backwards) {
        world.spawnWithId(new Entity(0, 0), Transform.at(0, -0.5f, 0), Collider.box(20, 0.5f, 20), RigidBody.fixed());
        for (int k = 0; k < scene.size(); k++) {
            int i = backwards ? scene.size() - 1 - k : k;
            world.spawnWithId(new Entity(i + 1, 0), scene.get(i).components());
        }
    }

    /**
     * The collision and trigger events of each frame from now on. Readers are taken afresh at the start of every frame,
     * because a restore replaces the event buffers with the snapshot's.
     */
    private static List<List<Object>> recordEvents(App app) {
        List<List<Object>> frames = new ArrayList<>();
        List<Events.Reader<?>> readers = new ArrayList<>();
        app.schedule().add(Stage.INPUT, "test.mark", world -> {
            readers.clear();
            readers.add(world.events(CollisionEvent.class).readerFromNow());
            readers.add(world.events(TriggerEvent.class).readerFromNow());
        });
        app.schedule().add(Stage.LATE_UPDATE, "test.record", world -> {
            List<Object> events = new ArrayList<>();
            readers.forEach(r -> events.addAll(r.read()));
            frames.add(events);
        });
        return frames;
    }

    @Property(tries = 60)
    void twoRunsOfTheSameSceneAndSeedGiveIdenticalWorlds(@ForAll("scenes") List<Body> scene, @ForAll long seed) {
        App first = app(seed);
        spawn(first.world(), scene, false);
        List<List<Object>> firstEvents = recordEvents(first);
        first.runFrames(90);

        App second = app(seed);
        spawn(second.world(), scene, true);
        List<List<Object>> secondEvents = recordEvents(second);
        second.runFrames(90);

        assertThat(second.world().snapshot().sameContent(first.world().snapshot()))
                .isTrue();
        assertThat(secondEvents).isEqualTo(firstEvents);

        // a run interrupted by a restore ends where the uninterrupted one did, reporting the same events on the way
        App third = app(seed);
        spawn(third.world(), scene, false);
        List<List<Object>> thirdEvents = recordEvents(third);
        third.runFrames(40);
        WorldSnapshot mid = third.world().snapshot();
        third.runFrames(25);
        third.world().restore(mid);
        thirdEvents.clear();
        third.runFrames(50);
        assertThat(third.world().snapshot().sameContent(first.world().snapshot()))
                .isTrue();
        assertThat(thirdEvents).isEqualTo(firstEvents.subList(40, 90));
    }

    @Property(tries = 200)
    void theBroadphaseFindsEveryOverlappingPairOnce(
            @ForAll("scenes") List<Body> scene, @ForAll("scenes") List<Body> more) {
        World world = new World();
        spawn(world, scene, false);
        for (Body b : more) {
            // larger bodies too, so that some leave the grid for the large list
            world.spawn(new Body(b.sphere(), b.kind(), b.trigger(), b.position(), b.size() * 8, b.velocity(), 0)
                    .components());
        }
        Bodies bodies = Bodies.gather(world);
        LongList expected = new LongList();
        for (int i = 0; i < bodies.n; i++) {
            for (int j = i + 1; j < bodies.n; j++) {
                boolean overlap = Math.abs(bodies.px[i] - bodies.px[j]) <= bodies.hx[i] + bodies.hx[j]
                        && Math.abs(bodies.py[i] - bodies.py[j]) <= bodies.hy[i] + bodies.hy[j]
                        && Math.abs(bodies.pz[i] - bodies.pz[j]) <= bodies.hz[i] + bodies.hz[j];
                boolean deep = Math.abs(bodies.px[i] - bodies.px[j]) < bodies.hx[i] + bodies.hx[j] - 1e-3f
                        && Math.abs(bodies.py[i] - bodies.py[j]) < bodies.hy[i] + bodies.hy[j] - 1e-3f
                        && Math.abs(bodies.pz[i] - bodies.pz[j]) < bodies.hz[i] + bodies.hz[j] - 1e-3f;
                if ((bodies.mobile(i) || bodies.mobile(j)) && overlap && deep) expected.add(Broadphase.pack(i, j));
            }
        }
        LongList found = Broadphase.pairs(bodies);
        List<Long> foundList = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) foundList.add(found.get(k));
        assertThat(foundList).doesNotHaveDuplicates().isSorted();
        for (int k = 0; k < expected.size(); k++) assertThat(foundList).contains(expected.get(k));
        for (long pair : foundList) {
            int i = (int) (pair >>> 32), j = (int) pair;
            assertThat(i).isLessThan(j);
            assertThat(bodies.mobile(i) || bodies.mobile(j)).isTrue();
        }
    }
}
