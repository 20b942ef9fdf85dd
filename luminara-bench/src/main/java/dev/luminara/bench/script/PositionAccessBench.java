package dev.luminara.bench.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The core's record-free position path ({@code World.readTransformPosition} / {@code writeTransformPosition}, what the
 * script API's transform functions use) against reading and writing the whole Transform record
 * ({@code world.get} / {@code world.set}), per entity, over 10,000 entities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PositionAccessBench {
    static final int ENTITIES = 10_000;

    World world;
    List<Entity> entities;
    final float[] scratch = new float[3];

    @Setup
    public void setUp() {
        world = new World();
        for (int i = 0; i < ENTITIES; i++) world.spawn(Transform.at(i, 0, 0));
        entities = world.query(Transform.class).entities();
    }

    @Benchmark
    @OperationsPerInvocation(ENTITIES)
    public World baselineRecordGetSet() {
        float dt = 1f / 60;
        for (Entity e : entities) {
            Transform t = world.get(e, Transform.class);
            Vec3 p = t.position();
            world.set(e, t.withPosition(new Vec3(p.x() + dt, p.y(), p.z())));
        }
        return world;
    }

    @Benchmark
    @OperationsPerInvocation(ENTITIES)
    public World positionReadWrite() {
        float dt = 1f / 60;
        float[] p = scratch;
        for (Entity e : entities) {
            world.readTransformPosition(e, p);
            world.writeTransformPosition(e, p[0] + dt, p[1], p[2]);
        }
        return world;
    }
}
