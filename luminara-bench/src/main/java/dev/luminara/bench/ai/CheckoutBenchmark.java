package dev.luminara.bench.ai;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.ai.timeline.TimelineOptions;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.math.Vec3;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking out a branch 1,000 operations away: two branches of 1,000 operations each (spawn an entity, move it) that
 * part at the start, so every checkout goes 1,000 back and 1,000 forward; the timeline restores the snapshot nearest
 * the target instead. Baseline: what a timeline without snapshots does, replaying the target's 1,000 operations from
 * the initial state. Ratio = checkout / replay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CheckoutBenchmark {
    static final int OPERATIONS = 1000;

    Path dir;
    World world;
    CommandExecutor executor;
    OperationTimeline timeline;
    WorldSnapshot initial;
    final List<List<EngineCommand>> branchA = new ArrayList<>(), branchB = new ArrayList<>();
    boolean onA;

    @Setup
    public void setUp() {
        dir = TempFolder.create();
        world = new World();
        for (int i = 0; i < 100; i++) world.spawn(new dev.luminara.core.component.Name("scenery_" + i));
        executor = new CommandExecutor(world, ScriptStore.none());
        initial = world.snapshot();
        timeline = OperationTimeline.open(dir.resolve("timeline.db"), executor, TimelineOptions.DEFAULT);
        timeline.createBranch("b", Operation.ROOT);
        record("a", branchA);
        timeline.checkout("b");
        record("b", branchB);
        onA = false;
    }

    private void record(String name, List<List<EngineCommand>> into) {
        for (int i = 0; i < OPERATIONS; i++) {
            Operation op = timeline.apply(
                    name + " " + i,
                    "",
                    List.of(new EngineCommand.SpawnEntity(
                            null, new EntityTemplate(name + "_" + i, List.of(), Map.of()), new Vec3(i, 0, 0), null)),
                    List.of());
            Entity e = ((EngineCommand.SpawnEntity) op.commands().get(0)).entity();
            Operation move = timeline.apply(
                    "move",
                    "",
                    List.of(new EngineCommand.ModifyComponent(
                            e,
                            "Transform",
                            new ComponentMutation.SetField(
                                    "position.y",
                                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(1)))),
                    List.of());
            into.add(op.commands());
            into.add(move.commands());
            i++;
        }
    }

    @TearDown
    public void tearDown() {
        timeline.close();
        TempFolder.delete(dir);
    }

    /** Baseline: back to the initial state, then replay every operation of the other branch. */
    @Benchmark
    public int baselineReplayFromStart() {
        world.restore(initial);
        onA = !onA;
        for (List<EngineCommand> op : onA ? branchA : branchB) executor.applyAll(op);
        return world.entityCount();
    }

    @Benchmark
    public int checkoutFarAway() {
        onA = !onA;
        timeline.checkout(onA ? "main" : "b");
        return world.entityCount();
    }
}
