package dev.luminara.bench.core;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialHit;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The nearest entity to a point among 100,000 spread over a 1 km × 20 m × 1 km level: through {@link SpatialIndex}
 * versus a brute-force scan of the same positions held in plain float arrays (the baseline: no world, no records, no
 * square roots). Query points cycle through 1,024 random points in the same volume. Goal: the index at least 50×
 * faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NearestBench {
    private static final Predicate<Entity> ANY = e -> true;

    @Param("100000")
    int entities;

    private float[] xs, ys, zs;
    private Vec3[] queries;
    private SpatialIndex index;
    private int next;

    @Setup
    public void setup() {
        Random random = new Random(42);
        World world = new World();
        xs = new float[entities];
        ys = new float[entities];
        zs = new float[entities];
        for (int i = 0; i < entities; i++) {
            xs[i] = random.nextFloat() * 1000;
            ys[i] = random.nextFloat() * 20;
            zs[i] = random.nextFloat() * 1000;
            Transform t = Transform.at(xs[i], ys[i], zs[i]);
            world.spawn(t, GlobalTransform.of(t));
        }
        index = SpatialIndex.of(world);
        queries = new Vec3[1024];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = new Vec3(random.nextFloat() * 1000, random.nextFloat() * 20, random.nextFloat() * 1000);
        }
    }

    private Vec3 nextQuery() {
        return queries[next++ & (queries.length - 1)];
    }

    @Benchmark
    public int baselineBruteForce() {
        Vec3 q = nextQuery();
        float qx = q.x(), qy = q.y(), qz = q.z();
        float best = Float.POSITIVE_INFINITY;
        int found = -1;
        for (int i = 0; i < xs.length; i++) {
            float dx = xs[i] - qx, dy = ys[i] - qy, dz = zs[i] - qz;
            float d2 = dx * dx + dy * dy + dz * dz;
            if (d2 < best) {
                best = d2;
                found = i;
            }
        }
        return found;
    }

    @Benchmark
    public Optional<SpatialHit> spatialIndexNearest() {
        return index.nearest(nextQuery(), ANY);
    }

    @Benchmark
    public List<SpatialHit> spatialIndexNearest10() {
        return index.nearest(nextQuery(), 10, ANY);
    }

    @Benchmark
    public List<SpatialHit> spatialIndexWithin10m() {
        return index.withinRadius(nextQuery(), 10);
    }
}
