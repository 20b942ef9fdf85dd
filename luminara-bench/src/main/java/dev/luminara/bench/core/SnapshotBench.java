package dev.luminara.bench.core;

import dev.luminara.bench.Goal;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import java.util.Arrays;
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
 * Snapshot a world of {@code n} entities (Transform, Velocity, Name) and restore it. Baseline: the raw copy of the
 * same component data — 16 float arrays (Transform's 10 floats and Velocity's 6) and one reference array (the Names),
 * copied out with {@code Arrays.copyOf} (a snapshot allocates) and back with {@code System.arraycopy}. The world also
 * copies what the baseline does not have: the entity allocator and spawn ticks. Change ticks and the removal log are
 * copy-on-write, so their copy is paid by the first write after a restore, not by the restore:
 * {@code snapshotRestoreAndWrite} includes it (one write to each of the three columns, which copies all their ticks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SnapshotBench {
    @Param("100000")
    int n;

    private World world;
    private WorldSnapshot snapshot;
    private float[][] floats;
    private Object[] names;
    private Entity first;

    @Setup
    public void setUp() {
        world = new World();
        floats = new float[16][n];
        names = new Object[n];
        for (int i = 0; i < n; i++) {
            Name name = new Name("e" + i);
            world.spawn(
                    new Transform(new Vec3(i, 1, -i), Quat.IDENTITY, Vec3.ONE),
                    new Velocity(new Vec3(1, 0, 0), Vec3.ZERO),
                    name);
            for (int k = 0; k < 16; k++) floats[k][i] = i + k;
            names[i] = name;
        }
        snapshot = world.snapshot();
        first = world.entities().get(0);
    }

    @Benchmark
    public float[][] baselineRawCopy() {
        float[][] copy = new float[16][];
        for (int k = 0; k < 16; k++) copy[k] = Arrays.copyOf(floats[k], n);
        Object[] namesCopy = Arrays.copyOf(names, n);
        for (int k = 0; k < 16; k++) System.arraycopy(copy[k], 0, floats[k], 0, n);
        System.arraycopy(namesCopy, 0, names, 0, n);
        return copy;
    }

    @Benchmark
    @Goal(max = 3)
    public World snapshotAndRestore() {
        WorldSnapshot s = world.snapshot();
        world.restore(s);
        return world;
    }

    @Benchmark
    public World snapshotRestoreAndWrite() {
        WorldSnapshot s = world.snapshot();
        world.restore(s);
        Entity e = first;
        world.set(e, world.get(e, Transform.class));
        world.set(e, world.get(e, Velocity.class));
        world.set(e, world.get(e, Name.class));
        return world;
    }

    @Benchmark
    public WorldSnapshot snapshotOnly() {
        return world.snapshot();
    }

    @Benchmark
    public World restoreOnly() {
        world.restore(snapshot);
        return world;
    }

    @Benchmark
    public World fork() {
        return world.fork();
    }
}
