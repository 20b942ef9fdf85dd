package dev.luminara.bench.ai;

import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.ai.timeline.TimelineOptions;
import dev.luminara.core.World;
import dev.luminara.core.math.Vec3;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Recording an operation (apply one SpawnEntity, compute its inverse, one durable SQLite transaction) and undoing
 * plus redoing one, against the baseline of a bare durable insert of a row of the same size into a SQLite table with
 * the same settings (WAL, synchronous=FULL): the fsync floor every durable write pays. Ratio = timeline / baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TimelineBenchmark {
    Path dir;
    OperationTimeline timeline;
    Connection raw;
    PreparedStatement insert;
    String rowJson;
    int n;

    @Setup
    public void setUp() throws SQLException {
        dir = TempFolder.create();
        World world = new World();
        timeline = OperationTimeline.open(
                dir.resolve("timeline.db"), new CommandExecutor(world, ScriptStore.none()), TimelineOptions.DEFAULT);
        Operation op = timeline.apply("warm", "", List.of(spawn(0)), List.of());
        rowJson = AiJson.write(op.commands()) + AiJson.write(op.inverses());
        raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db"));
        try (Statement s = raw.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        }
        raw.setAutoCommit(false);
        insert = raw.prepareStatement("INSERT INTO rows (body) VALUES (?)");
    }

    private static EngineCommand spawn(int i) {
        return new EngineCommand.SpawnEntity(
                null, new EntityTemplate("crate_" + i, List.of(), Map.of()), new Vec3(i, 0, 0), null);
    }

    @TearDown
    public void tearDown() throws SQLException {
        timeline.close();
        raw.close();
        TempFolder.delete(dir);
    }

    /** Baseline: one durable insert of a row as long as an operation's commands and inverses. */
    @Benchmark
    public int baselineDurableInsert() throws SQLException {
        insert.setString(1, rowJson);
        int rows = insert.executeUpdate();
        raw.commit();
        return rows;
    }

    @Benchmark
    public Operation record() {
        return timeline.apply("spawn a crate", "", List.of(spawn(++n)), List.of());
    }

    /** Two durable head moves: the undo and the redo that puts the world back for the next call. */
    @Benchmark
    public Operation undoAndRedo() {
        timeline.undo();
        return timeline.redo();
    }
}
