package dev.luminara.bench.ai;

import dev.luminara.ai.search.SearchHit;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Top-10 semantic search among 100,000 entities (Lucene, BM25, with the incremental refresh check every search does),
 * against the baseline of a plain scan of all names for the query's words (no ranking, no other fields). Ratio =
 * search / baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SearchBenchmark {
    static final String QUERY = "the red enemy near the tower";

    World world;
    SemanticIndex index;
    String[] names;

    @Setup
    public void setUp() {
        world = BigWorld.build(DigestBenchmark.ENTITIES, 42);
        index = new SemanticIndex(world, SpatialIndex.of(world));
        index.refresh();
        List<String> all = new ArrayList<>();
        world.query(Name.class).forEach(Name.class, (e, n) -> all.add(n.value().toLowerCase(Locale.ROOT)));
        names = all.toArray(new String[0]);
    }

    @TearDown
    public void tearDown() {
        index.close();
    }

    /** Baseline: count the names containing any of the query's content words. */
    @Benchmark
    public int baselineScanNames() {
        int hits = 0;
        for (String n : names) {
            if (n.contains("red") || n.contains("enemy") || n.contains("tower")) hits++;
        }
        return hits;
    }

    @Benchmark
    public List<SearchHit> searchTop10() {
        return index.search(QUERY, 10);
    }
}
