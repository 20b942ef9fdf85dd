package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.testing.WorldOps;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Marking a whole column changed through a chunk (O(1), settled lazily) must give every entity the same change tick as
 * marking its rows one by one, whatever spawns, despawns, moves and snapshots happen in between.
 */
class BulkChangeProperties {

    @Provide
    Arbitrary<List<WorldOps.Op>> ops() {
        return WorldOps.ops(60);
    }

    @Property(tries = 300)
    void aBulkMarkIsTheSameAsMarkingEveryRow(
            @ForAll("ops") List<WorldOps.Op> ops, @ForAll @IntRange(min = 1, max = 5) int every) {
        World bulk = new World();
        World rows = new World();
        WorldSnapshot[] saved = new WorldSnapshot[2];
        for (int i = 0; i < ops.size(); i++) {
            ops.get(i).apply(bulk);
            ops.get(i).apply(rows);
            if (i % every == 0) {
                bulk.checkpoint();
                rows.checkpoint();
                // only some tables: rows with older ticks then move into marked tables and must not inherit the mark
                bulk.query(Transform.class, Velocity.class)
                        .forEachChunk(chunk -> chunk.writableFloats(Transform.class, "position.x"));
                for (Entity e : rows.query(Transform.class, Velocity.class).entities()) {
                    rows.set(e, rows.get(e, Transform.class));
                }
            }
            if (i % 7 == 6) bulk = bulk.snapshot().toWorld();
            // both worlds go back to a snapshot now and then: shared (copy-on-write) tick arrays must not leak writes
            if (i % 11 == 3) {
                saved[0] = bulk.snapshot();
                saved[1] = rows.snapshot();
            }
            if (i % 11 == 9 && saved[0] != null) {
                bulk.restore(saved[0]);
                rows.restore(saved[1]);
            }
            // after every step: a wrong tick would be hidden by the next mark
            assertThat(bulk.entities()).isEqualTo(rows.entities());
            for (Entity e : rows.query(Transform.class).entities()) {
                assertThat(bulk.changedTick(e, Transform.class))
                        .as("change tick of %s after op %d", e, i)
                        .isEqualTo(rows.changedTick(e, Transform.class));
            }
        }
    }
}
