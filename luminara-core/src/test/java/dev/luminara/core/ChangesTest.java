package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import org.junit.jupiter.api.Test;

class ChangesTest {
    @Test
    void reportsSpawnsChangesRemovalsAndDespawnsAfterATick() {
        World world = new World();
        Entity kept = world.spawn(new Name("kept"), Transform.at(0, 0, 0), Tags.of("a"));
        Entity doomed = world.spawn(new Name("doomed"));
        long mark = world.checkpoint();

        Entity born = world.spawn(new Name("born"));
        world.set(kept, Transform.at(1, 0, 0));
        world.remove(kept, Tags.class);
        world.despawn(doomed);

        Changes changes = world.changesSince(mark);
        assertThat(changes.complete()).isTrue();
        assertThat(changes.spawned()).containsExactly(born);
        assertThat(changes.despawned()).containsExactly(doomed);
        assertThat(changes.components())
                .extracting(c -> c.entity() + " " + c.component() + " " + c.kind())
                .containsExactly(kept + " Transform CHANGED", kept + " Tags REMOVED", born + " Name ADDED");
    }

    @Test
    void unchangedRowsAreSkippedAndAChangedRowReportsEachOfItsComponents() {
        World world = new World();
        Entity[] rows = new Entity[5];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = world.spawn(new Name("r" + i), Transform.at(i, 0, 0));
        }
        long mark = world.checkpoint();
        world.set(rows[3], Transform.at(9, 0, 0));
        world.set(rows[3], new Name("renamed"));
        world.set(rows[1], new Name("one"));

        Changes changes = world.changesSince(mark);
        assertThat(changes.spawned()).isEmpty();
        assertThat(changes.components())
                .extracting(c -> c.entity() + " " + c.component() + " " + c.kind())
                .containsExactlyInAnyOrder(
                        rows[1] + " Name CHANGED", rows[3] + " Name CHANGED", rows[3] + " Transform CHANGED");
        assertThat(world.changesSince(world.checkpoint()).components()).isEmpty();
    }

    @Test
    void anAnswerSpanningARestoreIsMarkedIncomplete() {
        World world = new World();
        world.spawn(new Name("a"));
        WorldSnapshot snap = world.snapshot();
        long mark = world.checkpoint();
        world.restore(snap);
        assertThat(world.changesSince(mark).complete()).isFalse();
        assertThat(world.changesSince(world.checkpoint()).complete()).isTrue();
    }
}
