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
