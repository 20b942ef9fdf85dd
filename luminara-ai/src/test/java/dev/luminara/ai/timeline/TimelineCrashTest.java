package dev.luminara.ai.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM records 1,000 operations while it is killed with SIGKILL at random moments and restarted; every
 * operation it acknowledged must be in the timeline afterwards, and the file must pass SQLite's integrity check.
 */
class TimelineCrashTest {
    private static final int TOTAL = 1000;
    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedOperationSurvivesKillMinusNine() throws Exception {
        Path db = dir.resolve("timeline.db");
        Random random = new Random(20240611L);
        Map<Long, Integer> acked = new TreeMap<>();
        int kills = 0;
        boolean done = false;
        for (int run = 0; run < 50 && !done; run++) {
            Process child = start(db, dir.resolve("child-" + run + ".err"));
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> read(child, lines), "crash-child-reader");
            reader.start();
            if (kills < KILLS) {
                // kill at a random moment: after a random number of this run's acknowledgements (the child is then
                // somewhere inside its next operation), plus a random fraction of an operation's time
                int target = 20 + random.nextInt(100);
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < until && ackCount(lines) < target && child.isAlive())
                    Thread.sleep(0, 200_000);
                busyWait(random.nextInt(2_000_000));
                child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
                kills++;
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS))
                    .as("child %d ended", run)
                    .isTrue();
            reader.join();
            synchronized (lines) {
                for (String line : lines) {
                    done |= line.equals("done");
                    if (line.startsWith("ack ")) {
                        String[] parts = line.split(" ");
                        acked.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                    }
                }
            }
        }
        assertThat(done).as("the last run recorded up to %d", TOTAL).isTrue();
        // a fast machine may finish the 1,000 operations before the last planned kill; three kills mid-run is the floor
        assertThat(kills).as("kills while recording").isGreaterThanOrEqualTo(3);
        assertThat(acked).hasSizeGreaterThan(TOTAL / 2);

        assertThat(integrityCheck(db)).isEqualTo("ok");
        World world = new World();
        try (OperationTimeline timeline = OperationTimeline.open(
                db, new CommandExecutor(world, ScriptStore.inMemory()), TimelineOptions.DEFAULT)) {
            assertThat(timeline.size()).isEqualTo(TOTAL);
            // every operation recorded exactly once, in order (one killed after its commit but before its
            // acknowledgement is there too, and was not recorded again)
            assertThat(timeline.log(TOTAL + 1))
                    .extracting(Operation::prompt)
                    .containsExactlyElementsOf(java.util.stream.IntStream.iterate(TOTAL, n -> n >= 1, n -> n - 1)
                            .mapToObj(n -> "op " + n)
                            .toList());
            for (Map.Entry<Long, Integer> ack : acked.entrySet()) {
                assertThat(timeline.operation(ack.getKey()))
                        .as("acknowledged operation #%d", ack.getKey())
                        .hasValueSatisfying(op -> assertThat(op.prompt()).isEqualTo("op " + ack.getValue()));
            }
            // and the world at the head holds every entity they spawned, in order
            assertThat(world.query(Name.class).count()).isEqualTo(TOTAL);
        }
    }

    private static Process start(Path db, Path err) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CrashRecorder.class.getName(),
                db.toString(),
                String.valueOf(TOTAL));
        pb.redirectError(err.toFile());
        return pb.start();
    }

    private static void read(Process child, List<String> lines) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException killed) {
            // the pipe breaks when the child dies
        }
    }

    private static void busyWait(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) Thread.onSpinWait();
    }

    private static int ackCount(List<String> lines) {
        synchronized (lines) {
            return (int) lines.stream().filter(l -> l.startsWith("ack ")).count();
        }
    }

    private static String integrityCheck(Path db) throws Exception {
        assertThat(Files.exists(db)).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no result";
        }
    }
}
