package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.testing.WorldOps;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A change scan that skips tables whose newest spawn and column ticks are not after the mark reports exactly what a
 * scan of every row reports, from every mark taken, whatever spawns, moves, bulk marks, forks and restores came between.
 */
class ChangeScanSkipProperties {

    @Example
    void aRowCarriesItsChangeIntoAnOlderTable() {
        World world = new World();
        Entity still = world.spawn(Transform.at(1, 0, 0), new Name("still"));
        Entity mover = world.spawn(Transform.at(2, 0, 0), new Name("mover"), new Velocity(Vec3.ZERO, Vec3.ZERO));
        long mark = world.checkpoint();
        world.set(mover, Transform.at(3, 0, 0));
        world.remove(mover, Velocity.class); // into the {Transform, Name} table, which nothing touched since the mark

        Changes changes = world.changesSince(mark);

        assertThat(changes.components())
                .extracting(ComponentChange::entity, ComponentChange::component, ComponentChange::kind)
                .containsExactlyInAnyOrder(
                        tuple(mover, "Transform", ChangeKind.CHANGED), tuple(mover, "Velocity", ChangeKind.REMOVED));
        assertThat(changes.components()).noneMatch(c -> c.entity().equals(still));
    }

    @Example
    void anEntityWithNoComponentsIsSeenSpawned() {
        World world = new World();
        world.spawn(new Name("before"));
        long mark = world.checkpoint();
        Entity empty = world.spawn();

        assertThat(world.changesSince(mark).spawned()).containsExactly(empty);
    }

    @Provide
    Arbitrary<List<WorldOps.Op>> ops() {
        return WorldOps.ops(60);
    }

    @Property(tries = 300)
    void skippingUnchangedTablesReportsWhatAFullScanReports(
            @ForAll("ops") List<WorldOps.Op> ops, @ForAll @IntRange(min = 1, max = 6) int every) {
        World world = new World();
        List<Long> marks = new ArrayList<>();
        WorldSnapshot saved = null;
        for (int i = 0; i < ops.size(); i++) {
            ops.get(i).apply(world);
            // what the shared operations lack: an entity with no components (a table with no columns), and a row
            // leaving a table by a removal, carrying a change newer than the mark into an older table
            if (i % 5 == 2) world.spawn();
            if (i % 3 == 1) {
                List<Entity> moving = world.query(Velocity.class).entities();
                if (!moving.isEmpty()) world.remove(moving.get(i % moving.size()), Velocity.class);
            }
            if (i % every == 0) {
                marks.add(world.checkpoint());
                world.query(Transform.class, Velocity.class)
                        .forEachChunk(chunk -> chunk.writableFloats(Transform.class, "position.x"));
            }
            if (i % 9 == 4) world = world.fork();
            if (i % 13 == 5) saved = world.snapshot();
            if (i % 13 == 11 && saved != null) world.restore(saved);
            for (long mark : marks) {
                assertThat(ChangeScanner.scan(world, mark, true))
                        .as("changes since %d after op %d", mark, i)
                        .isEqualTo(ChangeScanner.scan(world, mark, false));
            }
        }
    }
}
