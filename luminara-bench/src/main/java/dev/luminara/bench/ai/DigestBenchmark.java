package dev.luminara.bench.ai;

import dev.luminara.ai.context.ContextEngine;
import dev.luminara.ai.context.TokenCounter;
import dev.luminara.ai.context.WorldContext;
import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 2,000-token digest of a 100,000-entity world for "the red enemy near the tower" (search, personalised PageRank,
 * binary-search fill, jtokkit counts), against the baseline of one plain pass over the world reading every entity's
 * Name and Transform (what any digest must at least look at). Ratio = digest / baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DigestBenchmark {
    static final int ENTITIES = 100_000;

    World world;
    SemanticIndex index;
    ContextEngine engine;

    @Setup
    public void setUp() {
        world = BigWorld.build(ENTITIES, 42);
        SpatialIndex spatial = SpatialIndex.of(world);
        index = new SemanticIndex(world, spatial);
        index.refresh();
        engine = new ContextEngine(
                world,
                index,
                spatial,
                TokenCounter.cl100k(),
                () -> PerformanceContext.unmeasured(60, world.entityCount()));
    }

    @TearDown
    public void tearDown() {
        index.close();
    }

    /** Baseline: one pass over every entity's Name and Transform. */
    @Benchmark
    public double baselineReadAll() {
        double[] sum = {0};
        world.query(Name.class, Transform.class).forEach(Name.class, Transform.class, (e, n, t) -> {
            sum[0] += n.value().length() + t.position().x();
        });
        return sum[0];
    }

    @Benchmark
    public WorldContext digest2000() {
        WorldContext ctx = engine.generateContext("the red enemy near the tower", 2000);
        if (ctx.tokenUsage() > 2000) throw new IllegalStateException("over budget: " + ctx.tokenUsage());
        return ctx;
    }
}
