package dev.luminara.ai.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.command.CommandException;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.command.ScriptStoreException;
import dev.luminara.ai.testing.CommandOps;
import dev.luminara.ai.testing.Scratch;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.scene.Scenes;
import dev.luminara.core.testing.Health;
import dev.luminara.core.testing.Inventory;
import dev.luminara.core.testing.WorldOps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class TimelineProperties {
    private static final List<String> SCRIPTS = List.of("a.lua", "b.lua", "c.lua");

    @Provide
    Arbitrary<List<WorldOps.Op>> worlds() {
        return WorldOps.ops(20);
    }

    @Provide
    Arbitrary<List<List<CommandOps.Op>>> operations() {
        return CommandOps.ops(1, 4).list().ofMinSize(1).ofMaxSize(8);
    }

    /** What the test does next to the timeline. */
    record Action(int kind, int pick, List<CommandOps.Op> ops) {}

    @Provide
    Arbitrary<List<Action>> actions() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 1000),
                        CommandOps.ops(1, 3))
                .as(Action::new)
                .list()
                .ofMaxSize(25);
    }

    private static OperationTimeline open(Scratch scratch, CommandExecutor executor, int snapshotEvery) {
        return OperationTimeline.open(
                scratch.file("timeline.db"),
                executor,
                TimelineOptions.DEFAULT.withSnapshotEvery(snapshotEvery),
                Clock.systemUTC(),
                false);
    }

    /** Commands built against a fork of the world, keeping those that apply: an operation that will succeed. */
    private static List<EngineCommand> commands(World world, ScriptStore scripts, List<CommandOps.Op> ops) {
        World fork = world.fork();
        CommandExecutor trial = new CommandExecutor(fork, copy(scripts));
        List<EngineCommand> out = new ArrayList<>();
        for (CommandOps.Op op : ops) {
            EngineCommand c = op.build(fork);
            if (c == null) continue;
            try {
                out.add(trial.apply(c).command());
            } catch (CommandException | ScriptStoreException refused) {
                // not part of this operation
            }
        }
        return out;
    }

    private static ScriptStore copy(ScriptStore from) {
        ScriptStore to = ScriptStore.inMemory();
        for (String p : SCRIPTS) from.readBytes(p).ifPresent(bytes -> to.writeBytes(p, bytes));
        return to;
    }

    private static Map<String, String> scripts(ScriptStore store) {
        Map<String, String> out = new TreeMap<>();
        for (String p : SCRIPTS) store.readBytes(p).ifPresent(bytes -> out.put(p, CommandOps.content(bytes)));
        return out;
    }

    private static String state(World world, ScriptStore scripts) {
        return Scenes.write(Scenes.capture(world, "timeline")) + scripts(scripts);
    }

    @Property(tries = 80)
    void applyingAnOperationAndUndoingItRestoresTheWorldExactly(
            @ForAll("worlds") List<WorldOps.Op> setup, @ForAll("operations") List<List<CommandOps.Op>> ops) {
        World world = WorldOps.build(setup);
        ScriptStore scripts = ScriptStore.inMemory();
        scripts.write("a.lua", "-- a");
        try (Scratch scratch = new Scratch();
                OperationTimeline timeline = open(scratch, new CommandExecutor(world, scripts), 100)) {
            for (List<CommandOps.Op> op : ops) {
                WorldSnapshot before = world.snapshot();
                Map<String, String> scriptsBefore = scripts(scripts);
                timeline.apply("op", "", commands(world, scripts, op), List.of());
                WorldSnapshot after = world.snapshot();
                timeline.undo();
                assertThat(world.snapshot().sameContent(before))
                        .as("undo restores the world")
                        .isTrue();
                assertThat(scripts(scripts)).isEqualTo(scriptsBefore);
                timeline.redo();
                assertThat(world.snapshot().sameContent(after))
                        .as("redo re-applies it")
                        .isTrue();
            }
        }
    }

    @Property(tries = 80)
    void selectiveUndoAppliesCleanlyOrReportsConflictsAndChangesNothing(
            @ForAll("worlds") List<WorldOps.Op> setup,
            @ForAll("operations") List<List<CommandOps.Op>> ops,
            @ForAll int pick) {
        World world = WorldOps.build(setup);
        ScriptStore scripts = ScriptStore.inMemory();
        WorldSnapshot initial = world.snapshot();
        try (Scratch scratch = new Scratch();
                OperationTimeline timeline = open(scratch, new CommandExecutor(world, scripts), 100)) {
            List<Operation> recorded = new ArrayList<>();
            for (List<CommandOps.Op> op : ops) {
                recorded.add(timeline.apply("op", "", commands(world, scripts, op), List.of()));
            }
            Operation target = recorded.get(Math.floorMod(pick, recorded.size()));
            WorldSnapshot before = world.snapshot();
            Map<String, String> scriptsBefore = scripts(scripts);
            int size = timeline.size();
            SelectiveUndoResult result = timeline.selectiveUndo(target.id());
            Statistics.label("outcome").collect(result.applied() ? "applied" : "conflict");
            if (!result.applied()) {
                assertThat(result.conflicts()).isNotEmpty();
                assertThat(world.snapshot().sameContent(before))
                        .as("a conflict changes nothing")
                        .isTrue();
                assertThat(scripts(scripts)).isEqualTo(scriptsBefore);
                assertThat(timeline.size()).isEqualTo(size);
                return;
            }
            // a clean selective undo leaves the world as if the operation had never been recorded
            World replay = initial.toWorld();
            ScriptStore replayScripts = ScriptStore.inMemory();
            CommandExecutor executor = new CommandExecutor(replay, replayScripts);
            for (Operation op : recorded) {
                if (op.id() != target.id()) executor.applyAll(op.commands());
            }
            assertThat(world.snapshot().sameContent(replay.snapshot()))
                    .as("selective undo of #%d equals replaying the others", target.id())
                    .isTrue();
            assertThat(scripts(scripts)).isEqualTo(scripts(replayScripts));
            assertThat(timeline.size()).isEqualTo(size + 1);
        }
    }

    @Property(tries = 60)
    void everyPointOfTheTimelineIsReachedWithItsRecordedState(
            @ForAll("worlds") List<WorldOps.Op> setup, @ForAll("actions") List<Action> actions) {
        World world = WorldOps.build(setup);
        ScriptStore scripts = ScriptStore.inMemory();
        Map<Long, String> recordedState = new HashMap<>();
        recordedState.put(Operation.ROOT, state(world, scripts));
        List<String> branches = new ArrayList<>(List.of("main"));
        try (Scratch scratch = new Scratch()) {
            OperationTimeline timeline = open(scratch, new CommandExecutor(world, scripts), 3);
            for (Action a : actions) {
                switch (a.kind()) {
                    case 0, 1, 2, 3 -> {
                        Operation op = timeline.apply("op", "", commands(world, scripts, a.ops()), List.of());
                        recordedState.put(op.id(), state(world, scripts));
                    }
                    case 4 -> {
                        if (timeline.headId() != Operation.ROOT) timeline.undo();
                    }
                    case 5 -> {
                        try {
                            timeline.redo();
                        } catch (TimelineException nothingToRedo) {
                            // fine: the redo stack was empty
                        }
                    }
                    case 6 -> {
                        List<Long> ids = new ArrayList<>(recordedState.keySet());
                        ids.sort(null);
                        String name = "b" + branches.size();
                        timeline.createBranch(name, ids.get(Math.floorMod(a.pick(), ids.size())));
                        branches.add(name);
                    }
                    default -> timeline.checkout(branches.get(Math.floorMod(a.pick(), branches.size())));
                }
                Statistics.label("action")
                        .collect(
                                a.kind() < 4
                                        ? "record"
                                        : a.kind() < 6 ? "undo/redo" : a.kind() == 6 ? "branch" : "checkout");
                assertThat(state(world, scripts))
                        .as("state at #%d after action %s", timeline.headId(), a.kind())
                        .isEqualTo(recordedState.get(timeline.headId()));
            }
            long head = timeline.headId();
            timeline.close();
            World fresh = new World();
            fresh.register(Health.class);
            fresh.register(Inventory.class);
            ScriptStore freshScripts = copy(scripts);
            try (OperationTimeline reopened = open(scratch, new CommandExecutor(fresh, freshScripts), 3)) {
                assertThat(reopened.headId()).isEqualTo(head);
                assertThat(state(fresh, freshScripts)).isEqualTo(recordedState.get(head));
            }
        }
    }
}
