package dev.luminara.bench.core;

import dev.luminara.core.asset.DirectoryWatcher;
import dev.luminara.core.asset.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Write→callback latency of {@link DirectoryWatcher}: the time from just before {@code Files.writeString} to the
 * listener receiving the change, for a zero quiet period (the raw WatchService/inotify path plus the watcher thread)
 * and the default 50 ms (what hot reload sees). Not a JMH benchmark — the cost is a wait on the operating system, not
 * CPU — so it reports percentiles of single samples; there is no baseline to divide by.
 *
 * <pre>java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.core.WatchLatency [samples]</pre>
 */
public final class WatchLatency {
    private WatchLatency() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        System.out.println("| quiet period | samples | p50 | p95 | p99 | max |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Duration quiet : List.of(Duration.ZERO, DirectoryWatcher.DEFAULT_QUIET_PERIOD)) {
            double[] ms = measure(quiet, samples);
            Arrays.sort(ms);
            System.out.printf(
                    Locale.ROOT,
                    "| %d ms | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                    quiet.toMillis(),
                    samples,
                    pct(ms, 50),
                    pct(ms, 95),
                    pct(ms, 99),
                    ms[ms.length - 1]);
        }
    }

    static double[] measure(Duration quiet, int samples) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("luminara-watch-latency");
        LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        double[] ms = new double[samples];
        DirectoryWatcher watcher = DirectoryWatcher.start(dir, quiet, changes -> {
            long now = System.nanoTime();
            for (FileChange c : changes) arrivals.add(now);
        });
        try {
            Path file = dir.resolve("script.lua");
            Files.writeString(file, "warm-up");
            arrivals.poll(10, TimeUnit.SECONDS);
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                Files.writeString(file, "-- version " + i);
                Long at = arrivals.poll(10, TimeUnit.SECONDS);
                if (at == null) throw new IllegalStateException("no change reported within 10 s");
                ms[i] = (at - t0) / 1e6;
                // let a late second event of the same write (some filesystems send two) drain before the next sample
                Long extra = arrivals.poll(quiet.toMillis() + 20, TimeUnit.MILLISECONDS);
                if (extra != null) arrivals.clear();
            }
        } finally {
            watcher.close();
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
