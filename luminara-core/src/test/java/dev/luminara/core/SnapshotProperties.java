package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.app.GameRandom;
import dev.luminara.core.testing.WorldOps;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SnapshotProperties {

    @Provide
    Arbitrary<List<WorldOps.Op>> ops() {
        return WorldOps.ops(60);
    }

    @Property(tries = 300)
    void restoringASnapshotUndoesEverythingDoneAfterIt(
            @ForAll("ops") List<WorldOps.Op> before, @ForAll("ops") List<WorldOps.Op> after) {
        World world = WorldOps.build(before);
        world.insertResource(new GameRandom(7));
        List<String> expected = WorldOps.describe(world);
        WorldSnapshot snapshot = world.snapshot();
        for (WorldOps.Op op : after) op.apply(world);
        world.resource(GameRandom.class).nextLong();
        world.restore(snapshot);
        assertThat(WorldOps.describe(world)).isEqualTo(expected);
        assertThat(world.snapshot().sameContent(snapshot)).isTrue();
        assertThat(world.resource(GameRandom.class)).isEqualTo(new GameRandom(7));
        // the snapshot stays usable: mutate again and restore a second time
        for (WorldOps.Op op : after) op.apply(world);
        world.restore(snapshot);
        assertThat(WorldOps.describe(world)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void aForkIsIndependentOfItsOrigin(@ForAll("ops") List<WorldOps.Op> setup, @ForAll("ops") List<WorldOps.Op> more) {
        World world = WorldOps.build(setup);
        List<String> expected = WorldOps.describe(world);
        World fork = world.fork();
        for (WorldOps.Op op : more) op.apply(fork);
        assertThat(WorldOps.describe(world)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void aDespawnedIdNeverResolvesAgain(@ForAll("ops") List<WorldOps.Op> ops) {
        World world = new World();
        Set<Entity> dead = new HashSet<>();
        Set<Entity> seen = new HashSet<>();
        for (WorldOps.Op op : ops) {
            op.apply(world);
            Set<Entity> live = new HashSet<>(world.entities());
            for (Entity e : seen) if (!live.contains(e)) dead.add(e);
            seen.addAll(live);
            for (Entity e : dead) {
                assertThat(world.isAlive(e)).as("stale %s", e).isFalse();
            }
        }
    }
}
