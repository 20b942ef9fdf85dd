package dev.luminara.ai.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.testing.Arena;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.scene.Scenes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {
    @TempDir
    Path dir;

    private World world;
    private ScriptStore scripts;
    private CommandExecutor executor;
    private OperationTimeline timeline;

    @BeforeEach
    void setUp() {
        world = Arena.load();
        scripts = ScriptStore.inMemory();
        executor = new CommandExecutor(world, scripts);
        timeline = OperationTimeline.open(dir.resolve("timeline.db"), executor, TimelineOptions.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        timeline.close();
    }

    private String state() {
        return Scenes.write(Scenes.capture(world, "timeline"));
    }

    private Entity named(String name) {
        return Arena.named(world, name);
    }

    private EngineCommand paint(String name, String color) {
        return new EngineCommand.ModifyComponent(
                named(name),
                "MeshShape",
                new ComponentMutation.SetField("color", JsonNodeFactory.instance.textNode(color)));
    }

    private EngineCommand spawn(String name, float x) {
        return new EngineCommand.SpawnEntity(
                null, new EntityTemplate(name, List.of(), Map.of()), new Vec3(x, 0, 0), null);
    }

    @Test
    void recordsUndoesAndRedoes() {
        String initial = state();
        assertThat(timeline.isNew()).isTrue();
        Operation op =
                timeline.apply("make the scout red", "done", List.of(paint("enemy_scout", "red")), List.of("color"));
        assertThat(op.id()).isPositive();
        assertThat(op.parent()).isEqualTo(Operation.ROOT);
        assertThat(op.changeSummary()).isEqualTo("modified MeshShape of 11v0 \"enemy_scout\"");
        assertThat(op.inverses()).hasSize(1);
        String painted = state();
        assertThat(world.get(named("enemy_scout"), MeshShape.class).color()).isEqualTo(Color.RED);

        assertThat(timeline.undo().id()).isEqualTo(op.id());
        assertThat(state()).isEqualTo(initial);
        assertThat(timeline.headId()).isEqualTo(Operation.ROOT);
        assertThatThrownBy(timeline::undo).hasMessage("nothing to undo on branch main");

        assertThat(timeline.redo().id()).isEqualTo(op.id());
        assertThat(state()).isEqualTo(painted);
        assertThatThrownBy(timeline::redo).hasMessage("nothing to redo on branch main");
    }

    @Test
    void recordingSomethingNewForgetsWhatWasUndone() {
        timeline.apply("one", "", List.of(spawn("one", 1)), List.of());
        timeline.undo();
        timeline.apply("two", "", List.of(spawn("two", 2)), List.of());
        assertThatThrownBy(timeline::redo).hasMessageContaining("nothing to redo");
        assertThat(timeline.log(10)).extracting(Operation::prompt).containsExactly("two");
        assertThat(timeline.size()).isEqualTo(2);
    }

    @Test
    void aRefusedCommandRecordsNothing() {
        Entity ghost = new Entity(999, 0);
        assertThatThrownBy(() -> timeline.apply(
                        "two things", "", List.of(spawn("fine", 1), new EngineCommand.DestroyEntity(ghost)), List.of()))
                .hasMessage("command 1 failed: DestroyEntity 999v0: entity 999v0 was never spawned;"
                        + " the 1 before it were undone");
        assertThat(timeline.size()).isZero();
        assertThat(world.query(Name.class).entities()).hasSize(20);
    }

    @Test
    void reopeningRestoresTheTimelineAndTheWorldAtItsHead() {
        timeline.apply("spawn a", "", List.of(spawn("a", 1)), List.of());
        timeline.apply("spawn b", "", List.of(spawn("b", 2)), List.of());
        timeline.apply("paint", "", List.of(paint("tower", "blue")), List.of());
        timeline.undo();
        String expected = state();
        timeline.close();

        World fresh = new World();
        timeline = OperationTimeline.open(
                dir.resolve("timeline.db"), new CommandExecutor(fresh, scripts), TimelineOptions.DEFAULT);
        assertThat(timeline.isNew()).isFalse();
        assertThat(Scenes.write(Scenes.capture(fresh, "timeline"))).isEqualTo(expected);
        assertThat(timeline.log(10)).extracting(Operation::prompt).containsExactly("spawn b", "spawn a");
        world = fresh;
        timeline.redo();
        assertThat(world.get(Arena.named(world, "tower"), MeshShape.class).color())
                .isEqualTo(Color.BLUE);
    }

    @Test
    void selectiveUndoRevertsAnOlderOperationWhenNothingLaterTouchedIt() {
        Operation red = timeline.apply("red scout", "", List.of(paint("enemy_scout", "red")), List.of());
        timeline.apply("green tower", "", List.of(paint("tower", "green")), List.of());
        SelectiveUndoResult result = timeline.selectiveUndo(red.id());
        assertThat(result.applied()).isTrue();
        assertThat(result.operation().prompt()).isEqualTo("undo #" + red.id() + ": red scout");
        assertThat(result.operation().tags()).contains("undo-of:" + red.id());
        assertThat(world.get(named("enemy_scout"), MeshShape.class).color()).isEqualTo(Color.PURPLE);
        assertThat(world.get(named("tower"), MeshShape.class).color()).isEqualTo(Color.GREEN);
    }

    @Test
    void anOperationAlreadyUndoneIsSaidToBeSoNotToConflict() {
        Operation red = timeline.apply("red scout", "", List.of(paint("enemy_scout", "red")), List.of());
        timeline.apply("green tower", "", List.of(paint("tower", "green")), List.of());
        SelectiveUndoResult first = timeline.selectiveUndo(red.id());
        assertThat(first.applied()).isTrue();
        int size = timeline.size();
        assertThatThrownBy(() -> timeline.selectiveUndo(red.id()))
                .isInstanceOf(TimelineException.class)
                .hasMessage("#" + red.id() + " is already undone by #"
                        + first.operation().id() + " (undo #" + red.id() + ": red scout)");
        assertThat(timeline.size()).isEqualTo(size);
    }

    @Test
    void selectiveUndoReportsConflictsAndChangesNothing() {
        Operation red = timeline.apply("red scout", "", List.of(paint("enemy_scout", "red")), List.of());
        Operation blue = timeline.apply("blue scout", "", List.of(paint("enemy_scout", "blue")), List.of());
        String before = state();
        int size = timeline.size();
        SelectiveUndoResult result = timeline.selectiveUndo(red.id());
        assertThat(result.applied()).isFalse();
        assertThat(result.conflicts()).containsExactly(new Conflict(blue.id(), "blue scout", "11v0 MeshShape.color"));
        assertThat(state()).isEqualTo(before);
        assertThat(timeline.size()).isEqualTo(size);
        // a later operation on another field of the same component is no conflict
        Operation grow = timeline.apply(
                "grow tower",
                "",
                List.of(new EngineCommand.ModifyComponent(
                        named("tower"), "MeshShape", new ComponentMutation.ScaleField("size", 2))),
                List.of());
        timeline.apply("paint tower", "", List.of(paint("tower", "red")), List.of());
        assertThat(timeline.selectiveUndo(grow.id()).applied()).isTrue();
        // destroying an entity conflicts with any earlier change to it
        Operation destroy = timeline.apply(
                "remove scout", "", List.of(new EngineCommand.DestroyEntity(named("enemy_scout"))), List.of());
        assertThat(timeline.selectiveUndo(blue.id()).conflicts())
                .extracting(Conflict::operation)
                .containsExactly(destroy.id());
    }

    @Test
    void branchesCanBeCreatedListedComparedAndCheckedOut() {
        String initial = state();
        Operation a = timeline.apply("spawn a", "", List.of(spawn("a", 1)), List.of());
        String afterA = state();
        timeline.createBranch("experiment", a.id());
        timeline.apply("paint tower red", "", List.of(paint("tower", "red")), List.of());
        String mainState = state();
        timeline.checkout("experiment");
        assertThat(state()).isEqualTo(afterA);
        Operation b = timeline.apply("paint tower blue", "", List.of(paint("tower", "blue")), List.of());
        assertThat(b.parent()).isEqualTo(a.id());
        assertThat(timeline.branches())
                .containsExactly(new Branch("experiment", b.id(), true), new Branch("main", a.id() + 1, false));
        BranchDiff diff = timeline.diff("main", "experiment");
        assertThat(diff.commonAncestor()).isEqualTo(a.id());
        assertThat(diff.onlyFrom()).extracting(Operation::prompt).containsExactly("paint tower red");
        assertThat(diff.onlyTo()).extracting(Operation::prompt).containsExactly("paint tower blue");
        assertThat(diff.bothChanged()).containsExactly("12v0 MeshShape.color");
        timeline.checkout("main");
        assertThat(state()).isEqualTo(mainState);
        timeline.createBranch("empty", Operation.ROOT);
        timeline.checkout("empty");
        assertThat(state()).isEqualTo(initial);
        assertThatThrownBy(() -> timeline.checkout("nope"))
                .hasMessageContaining("no branch nope; branches: empty, experiment, main");
        assertThatThrownBy(() -> timeline.createBranch("main")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> timeline.createBranch("bad name!")).hasMessageContaining("invalid branch name");
    }

    @Test
    void checkoutFarAwayUsesSnapshotsAndGetsTheSameState() {
        timeline.close();
        Files.exists(dir);
        world = Arena.load();
        executor = new CommandExecutor(world, scripts);
        timeline =
                OperationTimeline.open(dir.resolve("snap.db"), executor, TimelineOptions.DEFAULT.withSnapshotEvery(10));
        for (int i = 0; i < 35; i++) timeline.apply("spawn " + i, "", List.of(spawn("e" + i, i)), List.of());
        String far = state();
        timeline.createBranch("side", Operation.ROOT);
        timeline.checkout("side");
        assertThat(world.entityCount()).isEqualTo(20);
        timeline.checkout("main");
        assertThat(state()).isEqualTo(far);
    }

    @Test
    void scriptsFollowUndoAndCheckout() {
        scripts.write("hand.lua", "-- written by hand");
        timeline.apply("new script", "", List.of(new EngineCommand.CreateScript("ai.lua", "-- by the ai")), List.of());
        timeline.apply("edit", "", List.of(new EngineCommand.ModifyScript("hand.lua", "-- edited")), List.of());
        timeline.createBranch("before", Operation.ROOT);
        timeline.checkout("before");
        assertThat(scripts.read("ai.lua")).isEmpty();
        assertThat(scripts.read("hand.lua")).contains("-- written by hand");
        timeline.checkout("main");
        assertThat(scripts.read("ai.lua")).contains("-- by the ai");
        assertThat(scripts.read("hand.lua")).contains("-- edited");
        timeline.undo();
        assertThat(scripts.read("hand.lua")).contains("-- written by hand");
    }

    @Test
    void summarizesRecentOperations() {
        timeline.apply("spawn a crate", "ok", List.of(spawn("crate", 1)), List.of("spawn"));
        timeline.apply("paint it", "ok", List.of(paint("tower", "red")), List.of());
        timeline.undo();
        String summary = timeline.summarizeRecent(5);
        assertThat(summary)
                .startsWith("Branch main: head #1, 1 operation(s) since the start. Most recent first:")
                .contains("#1 \"spawn a crate\" → spawned 20v0 \"crate\" [spawn]")
                .endsWith("Can redo #2 \"paint it\"");
    }

    @Test
    void aCorruptFileIsRefusedAndLeftAlone() throws Exception {
        timeline.close();
        Path bad = dir.resolve("bad.db");
        byte[] junk = "this is not a database at all, but it is long enough to look like a header............"
                .repeat(40)
                .getBytes();
        Files.write(bad, junk);
        assertThatThrownBy(() -> OperationTimeline.open(bad, executor, TimelineOptions.DEFAULT))
                .isInstanceOf(CorruptTimelineException.class)
                .hasMessageContaining("bad.db");
        assertThat(Files.readAllBytes(bad)).isEqualTo(junk);
        timeline = OperationTimeline.open(dir.resolve("timeline.db"), executor, TimelineOptions.DEFAULT);
    }

    @Test
    void oneProcessAtATime() {
        assertThatThrownBy(() -> OperationTimeline.open(dir.resolve("timeline.db"), executor, TimelineOptions.DEFAULT))
                .isInstanceOf(TimelineException.class)
                .hasMessageContaining("already open");
    }
}
