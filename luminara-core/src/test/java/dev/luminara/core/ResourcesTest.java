package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resources and event buffers through snapshots, restores and forks, as World's public API shows them. */
class ResourcesTest {
    private final World world = new World();

    /** A mutable resource that copies itself, so snapshots must capture it. */
    static final class Counter implements Snapshottable<Counter> {
        int value;

        @Override
        public Counter copy() {
            Counter c = new Counter();
            c.value = value;
            return c;
        }
    }

    /** A service: not snapshottable, so shared by snapshots and forks as it is. */
    static final class Log {
        final List<String> lines = new ArrayList<>();
    }

    @Test
    void anEventBufferIsKeptApartFromAResourceOfTheEventsClass() {
        world.insertResource("a resource");
        world.events(String.class).send("an event");
        assertThat(world.resource(String.class)).isEqualTo("a resource");
        assertThat(world.events(String.class).all()).containsExactly("an event");
        assertThat(world.removeResource(String.class)).isEqualTo("a resource");
        assertThat(world.events(String.class).all()).containsExactly("an event");
    }

    @Test
    void aResourceCanBeKeyedByASupertypeAndCreatedOnFirstUse() {
        world.insertResource(CharSequence.class, "text");
        assertThat(world.findResource(CharSequence.class)).contains("text");
        assertThat(world.findResource(String.class)).isEmpty();
        Counter first = world.resourceOrInsert(Counter.class, Counter::new);
        assertThat(world.resourceOrInsert(Counter.class, Counter::new)).isSameAs(first);
    }

    @Test
    void updateEventsAgesEveryBufferOnce() {
        world.events(String.class).send("s");
        world.events(Integer.class).send(1);
        world.updateEvents();
        assertThat(world.events(String.class).all()).containsExactly("s");
        world.updateEvents();
        assertThat(world.events(String.class).all()).isEmpty();
        assertThat(world.events(Integer.class).all()).isEmpty();
    }

    @Test
    void restoreBringsBackSnapshottableResourcesAndEventsAndDropsLaterOnes() {
        world.resourceOrInsert(Counter.class, Counter::new).value = 1;
        world.events(String.class).send("before");
        WorldSnapshot snap = world.snapshot();

        world.resource(Counter.class).value = 2;
        world.events(String.class).send("after");
        world.insertResource(new Vec3(1, 2, 3));
        world.restore(snap);

        assertThat(world.resource(Counter.class).value).isEqualTo(1);
        assertThat(world.events(String.class).all()).containsExactly("before");
        assertThat(world.findResource(Vec3.class)).isEmpty();
        // the snapshot holds its own copy: changing the restored world leaves a second restore unchanged
        world.resource(Counter.class).value = 3;
        world.restore(snap);
        assertThat(world.resource(Counter.class).value).isEqualTo(1);
    }

    @Test
    void aForkCopiesSnapshottableResourcesAndSharesServices() {
        Log log = new Log();
        world.insertResource(log);
        world.resourceOrInsert(Counter.class, Counter::new).value = 1;
        world.events(String.class).send("shared history");

        World fork = world.fork();
        fork.resource(Counter.class).value = 5;
        fork.events(String.class).send("fork only");
        fork.resource(Log.class).lines.add("from the fork");

        assertThat(world.resource(Counter.class).value).isEqualTo(1);
        assertThat(world.events(String.class).all()).containsExactly("shared history");
        assertThat(fork.events(String.class).all()).containsExactly("shared history", "fork only");
        assertThat(world.resource(Log.class)).isSameAs(log);
        assertThat(log.lines).containsExactly("from the fork");
    }

    @Test
    void aWorldMadeFromASnapshotHasItsOwnResources() {
        world.resourceOrInsert(Counter.class, Counter::new).value = 7;
        WorldSnapshot snap = world.snapshot();
        World copy = snap.toWorld();
        copy.resource(Counter.class).value = 8;
        assertThat(snap.toWorld().resource(Counter.class).value).isEqualTo(7);
        assertThat(world.resource(Counter.class).value).isEqualTo(7);
    }
}
