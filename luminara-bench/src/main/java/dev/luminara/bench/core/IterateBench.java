package dev.luminara.bench.core;

import dev.luminara.bench.Goal;
import dev.luminara.core.Query;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
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
 * {@code position += velocity * dt} over every entity with Transform and Velocity. Baseline: the same loop over six
 * plain float arrays (the floor any storage can reach). {@code queryChunks} is what bulk systems do (raw packed
 * columns through {@code forEachChunk}; asking for writable arrays also stamps the change ticks, which the baseline
 * does not have to); {@code queryRecords} is the convenient record-per-entity path, for information.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IterateBench {
    private static final float DT = 1f / 60;

    @Param("1000000")
    int entities;

    private World world;
    private Query query;
    private float[] px, py, pz, vx, vy, vz;

    @Setup
    public void setUp() {
        world = new World();
        px = new float[entities];
        py = new float[entities];
        pz = new float[entities];
        vx = new float[entities];
        vy = new float[entities];
        vz = new float[entities];
        for (int i = 0; i < entities; i++) {
            float x = i % 1000, z = i / 1000f, v = (i % 7) - 3;
            world.spawn(Transform.at(x, 0, z), Velocity.linear(v, 0.5f, -v));
            px[i] = x;
            pz[i] = z;
            vx[i] = v;
            vy[i] = 0.5f;
            vz[i] = -v;
        }
        query = world.query(Transform.class, Velocity.class);
    }

    @Benchmark
    public float[] baselineArrays() {
        for (int i = 0; i < px.length; i++) {
            px[i] += vx[i] * DT;
            py[i] += vy[i] * DT;
            pz[i] += vz[i] * DT;
        }
        return px;
    }

    @Benchmark
    @Goal(max = 1.5)
    public Query queryChunks() {
        query.forEachChunk(chunk -> {
            int n = chunk.size();
            float[] x = chunk.writableFloats(Transform.class, "position.x");
            float[] y = chunk.writableFloats(Transform.class, "position.y");
            float[] z = chunk.writableFloats(Transform.class, "position.z");
            float[] dx = chunk.floats(Velocity.class, "linear.x");
            float[] dy = chunk.floats(Velocity.class, "linear.y");
            float[] dz = chunk.floats(Velocity.class, "linear.z");
            for (int i = 0; i < n; i++) {
                x[i] += dx[i] * DT;
                y[i] += dy[i] * DT;
                z[i] += dz[i] * DT;
            }
        });
        return query;
    }

    @Benchmark
    public Query queryRecords() {
        query.forEach(
                Transform.class,
                Velocity.class,
                (e, t, v) ->
                        world.set(e, t.withPosition(t.position().add(v.linear().mul(DT)))));
        return query;
    }
}
