package dev.luminara.ai.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.testing.Arena;
import dev.luminara.core.ChangeKind;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Color;
import org.junit.jupiter.api.Test;

class ChangeTrackerTest {
    @Test
    void reportsEntitiesAndComponentsWithFieldDifferences() {
        World world = Arena.load();
        ChangeTracker tracker = new ChangeTracker(world, 2);
        WorldVersion v = tracker.mark();
        Entity scout = Arena.named(world, "enemy_scout");
        Entity buggy = Arena.named(world, "buggy");
        world.set(scout, MeshShape.sphere(1, Color.RED));
        world.set(scout, world.get(scout, Transform.class).translate(new dev.luminara.core.math.Vec3(0, 2, 0)));
        world.remove(buggy, Velocity.class);
        world.set(
                Arena.named(world, "tower"),
                world.get(Arena.named(world, "tower"), Name.class)); // written back as it was
        Entity crate = world.spawn(new Name("crate"));
        Entity ghost = world.spawn(new Name("ghost"));
        world.despawn(ghost);
        world.despawn(Arena.named(world, "pickup_coin_1"));

        ChangeSet changes = tracker.changesSince(v);
        assertThat(changes.complete()).isTrue();
        assertThat(changes.fieldLevel()).isTrue();
        assertThat(changes.entities())
                .extracting(EntityChange::name)
                .containsExactly("enemy_scout", "pickup_coin_1", "buggy", "crate");
        EntityChange s = changes.entities().get(0);
        assertThat(s.kind()).isEqualTo(EntityChange.Kind.CHANGED);
        assertThat(s.components()).extracting(ComponentDelta::component).containsExactly("MeshShape", "Transform");
        assertThat(s.components().get(0).fields()).extracting(FieldChange::path).containsExactly("color");
        FieldChange moved = s.components().get(1).fields().get(0);
        assertThat(moved.path()).isEqualTo("position");
        assertThat(moved.after().get(1).floatValue()).isEqualTo(2.5f);
        assertThat(changes.entities().get(1).kind()).isEqualTo(EntityChange.Kind.DESPAWNED);
        assertThat(changes.entities().get(2).components())
                .containsExactly(new ComponentDelta("Velocity", ChangeKind.REMOVED, java.util.List.of()));
        assertThat(changes.entities().get(3).entity()).isEqualTo(crate);
        assertThat(changes.entities().get(3).kind()).isEqualTo(EntityChange.Kind.SPAWNED);
        assertThat(tracker.changesSince(tracker.mark()).isEmpty()).isTrue();
    }

    @Test
    void largeWorldsKeepNoBaselineAndReportWhichComponentsChangedButNotHow() {
        World world = Arena.load();
        ChangeTracker tracker = new ChangeTracker(world, 2, 10);
        WorldVersion v = tracker.mark();
        world.set(Arena.named(world, "enemy_scout"), MeshShape.sphere(1, Color.RED));
        ChangeSet changes = tracker.changesSince(v);
        assertThat(changes.fieldLevel()).isFalse();
        assertThat(changes.entities()).singleElement().satisfies(e -> assertThat(e.components())
                .containsExactly(new ComponentDelta("MeshShape", ChangeKind.CHANGED, java.util.List.of())));
    }
}
