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
    void aRestoredWorldBehavesLikeAFreshCopyOfTheSnapshot(
            @ForAll("ops") List<WorldOps.Op> before,
            @ForAll("ops") List<WorldOps.Op> after,
            @ForAll("ops") List<WorldOps.Op> later) {
        // restoring reuses the world's arrays and keeps archetypes made after the snapshot: later structural changes
        // (new archetypes, moves between them, despawns) must not notice
        World world = WorldOps.build(before);
        WorldSnapshot snapshot = world.snapshot();
        for (WorldOps.Op op : after) op.apply(world);
        world.restore(snapshot);
        World fresh = snapshot.toWorld();
        for (WorldOps.Op op : later) {
            op.apply(world);
            op.apply(fresh);
        }
        assertThat(WorldOps.describe(world)).isEqualTo(WorldOps.describe(fresh));
        assertThat(world.snapshot().sameContent(fresh.snapshot())).isTrue();
        for (Entity e : world.entities()) {
            assertThat(world.components(e)).containsExactlyInAnyOrderElementsOf(fresh.components(e));
        }
    }

    @Property(tries = 100)
    void aSnapshotOfAForkRestoresIntoItsOriginWhateverTheArchetypeOrder(
            @ForAll("ops") List<WorldOps.Op> setup, @ForAll("ops") List<WorldOps.Op> onFork) {
        World world = WorldOps.build(setup);
        // the same component ids on both sides (user types are otherwise numbered in order of first use)
        world.register(dev.luminara.core.testing.Health.class);
        world.register(dev.luminara.core.testing.Inventory.class);
        World fork = world.fork();
        for (WorldOps.Op op : onFork) op.apply(fork);
        world.spawn(
                new dev.luminara.core.component.Name("only in the origin"), dev.luminara.core.component.Tags.of("x"));
        WorldSnapshot forked = fork.snapshot();
        world.restore(forked);
        assertThat(WorldOps.describe(world)).isEqualTo(WorldOps.describe(fork));
        assertThat(world.query(dev.luminara.core.component.Name.class).count())
                .isEqualTo(fork.query(dev.luminara.core.component.Name.class).count());
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
