package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void aQueuedSpawnIsReservedUntilApplied() {
        World world = new World();
        Entity e = world.commands().spawn(new Name("later"));
        assertThat(world.isAlive(e)).isFalse();
        assertThatThrownBy(() -> world.get(e, Name.class)).hasMessageContaining("pending spawn command");
        world.applyCommands();
        assertThat(world.get(e, Name.class).value()).isEqualTo("later");
    }

    @Test
    void reservedIdsCanBeUsedByLaterCommandsInTheSameQueue() {
        World world = new World();
        Entity parent = world.commands().spawn(new Name("parent"), Transform.IDENTITY);
        Entity child = world.commands().spawn(new Name("child"), Transform.IDENTITY);
        world.commands().setParent(child, parent);
        assertThat(world.applyCommands()).isEmpty();
        assertThat(world.get(child, Parent.class).entity()).isEqualTo(parent);
    }

    @Test
    void aFailingCommandIsReportedAndTheRestStillApply() {
        World world = new World();
        Entity gone = world.spawn(new Name("gone"));
        world.despawn(gone);
        world.commands().insert(gone, new Name("x"));
        Entity ok = world.commands().spawn(new Name("ok"));
        List<CommandFailure> failures = world.applyCommands();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).message()).contains(gone.toString()).contains("stale");
        assertThat(world.isAlive(ok)).isTrue();
    }

    @Test
    void everyPermittedCommandKindIsHandled() {
        World world = new World();
        Entity e = world.spawn(new Name("e"), Transform.IDENTITY);
        Entity p = world.spawn(new Name("p"), Transform.IDENTITY);
        List<WorldCommand> samples = List.of(
                new WorldCommand.Spawn(world.reserveEntity(), List.of(new Name("s"))),
                new WorldCommand.Insert(e, new Name("renamed")),
                new WorldCommand.SetParent(e, p),
                new WorldCommand.Remove(e, Transform.class),
                new WorldCommand.InsertResource(Vec3.UP),
                new WorldCommand.RemoveResource(Vec3.class),
                new WorldCommand.Run("noop", w -> {}),
                new WorldCommand.Despawn(p));
        assertThat(samples.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(WorldCommand.class.getPermittedSubclasses());
        for (WorldCommand c : samples) {
            CommandApplier.apply(world, c);
        }
        assertThat(world.isAlive(p)).isFalse();
    }

    @Property(tries = 200)
    void commandsApplyInTheOrderTheyWereQueued(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1000) Integer> values) {
        World world = new World();
        Entity e = world.spawn(new Name("start"));
        List<String> seen = new ArrayList<>();
        for (int v : values) {
            world.commands().insert(e, new Name("v" + v));
            world.commands().run("record", w -> seen.add(w.get(e, Name.class).value()));
        }
        world.applyCommands();
        assertThat(seen)
                .containsExactlyElementsOf(values.stream().map(v -> "v" + v).toList());
        assertThat(world.get(e, Name.class).value()).isEqualTo("v" + values.get(values.size() - 1));
    }
}
