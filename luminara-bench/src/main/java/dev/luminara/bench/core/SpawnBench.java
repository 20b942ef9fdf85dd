package dev.luminara.bench.core;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spawn {@code n} entities with Transform and Velocity, then despawn them all, in one world that is reused (so after
 * the first round, slots are recycled with new generations, as in a running game). Baseline: build the same records
 * and keep them in an {@code ArrayList} (one {@code Record[]} per entity, as {@code spawn}'s varargs does), then clear
 * it — the cost of allocating the data with no ECS at all. {@code spawnDespawnCommands} goes through the deferred
 * command queue, as systems do, for information.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpawnBench {
    @Param("100000")
    int n;

    private World world;
    private Entity[] ids;
    private List<Record[]> list;

    @Setup
    public void setUp() {
        world = new World();
        ids = new Entity[n];
        list = new ArrayList<>();
    }

    @Benchmark
    public int baselineArrayList() {
        for (int i = 0; i < n; i++) {
            list.add(new Record[] {Transform.at(i, 0, 0), Velocity.linear(1, 0, 0)});
        }
        int size = list.size();
        list.clear();
        return size;
    }

    @Benchmark
    public int spawnDespawn() {
        for (int i = 0; i < n; i++) {
            ids[i] = world.spawn(Transform.at(i, 0, 0), Velocity.linear(1, 0, 0));
        }
        int alive = world.entityCount();
        for (int i = 0; i < n; i++) {
            world.despawn(ids[i]);
        }
        return alive;
    }

    @Benchmark
    public int spawnDespawnCommands() {
        for (int i = 0; i < n; i++) {
            ids[i] = world.commands().spawn(Transform.at(i, 0, 0), Velocity.linear(1, 0, 0));
        }
        world.applyCommands();
        int alive = world.entityCount();
        for (int i = 0; i < n; i++) {
            world.commands().despawn(ids[i]);
        }
        world.applyCommands();
        return alive;
    }
}
