package dev.luminara.bench.ai;

import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.IntentResolver;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialIndex;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolving {@code Nearest{to: player, withTag: enemy}} among 100,000 entities through the intent resolver (core's
 * spatial index), against the baseline of a brute-force pass over every tagged entity's Transform. Ratio = resolver /
 * brute force (below 1 means the index wins).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NearestBenchmark {
    World world;
    IntentResolver resolver;
    Entity player;
    EntityReference nearestEnemy;

    @Setup
    public void setUp() {
        world = BigWorld.build(DigestBenchmark.ENTITIES, 42);
        SpatialIndex spatial = SpatialIndex.of(world);
        resolver = new IntentResolver(world, spatial, new SemanticIndex(world, spatial), ScriptStore.none());
        player = world.query(Name.class).entities().stream()
                .filter(e -> world.get(e, Name.class).value().equals("player"))
                .findFirst()
                .orElseThrow();
        nearestEnemy = new EntityReference.Nearest(new EntityReference.ById(player), "enemy", null);
        if (!resolver.resolveReference(nearestEnemy).equals(baselineBruteForce())) {
            throw new IllegalStateException("the resolver and the brute force disagree");
        }
    }

    /** Baseline: every entity with Tags and a Transform, the nearest enemy by distance. */
    @Benchmark
    public Entity baselineBruteForce() {
        Vec3 at = world.get(player, Transform.class).position();
        Entity[] best = {null};
        float[] bestD = {Float.MAX_VALUE};
        world.query(Tags.class, Transform.class).forEach(Tags.class, Transform.class, (e, tags, t) -> {
            if (e.equals(player) || !tags.has("enemy")) return;
            float d = t.position().distanceSquared(at);
            if (d < bestD[0]) {
                bestD[0] = d;
                best[0] = e;
            }
        });
        return best[0];
    }

    @Benchmark
    public Entity resolveNearest() {
        return resolver.resolveReference(nearestEnemy);
    }
}
