package dev.luminara.bench.mcp;

import dev.luminara.bench.Measurement;
import dev.luminara.bench.Ratio;
import dev.luminara.bench.Ratios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * {@code RatioRunner} for latency: runs sample-mode JMH benchmarks and reports p50 and p99 of each (mode {@code p50},
 * {@code p99}, in µs) as ratios against its class's baseline at the same percentile, taken in the same run.
 *
 * <pre>
 * java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.mcp.RoundTripRunner 'mcp.' [JMH options]
 *     [--repeat N] [--markdown FILE]
 * </pre>
 *
 * With {@code --repeat N} the whole selection runs N times; each row shows the median ratio and its range.
 */
public final class RoundTripRunner {
    private static final double[] PERCENTILES = {50, 99};

    private RoundTripRunner() {}

    public static void main(String[] args) throws IOException, RunnerException {
        List<String> jmhArgs = new ArrayList<>();
        Path markdown = null;
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repeat") && i + 1 < args.length) repeat = Integer.parseInt(args[++i]);
            else if (args[i].equals("--markdown") && i + 1 < args.length) markdown = Path.of(args[++i]);
            else jmhArgs.add(args[i]);
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            System.err.println("RoundTripRunner: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.getIncludes().isEmpty()) {
            System.err.println("usage: RoundTripRunner <regex> [JMH options] [--repeat N] [--markdown FILE]");
            System.exit(2);
            return;
        }
        List<List<Ratio>> runs = new ArrayList<>();
        for (int pass = 0; pass < repeat; pass++) {
            List<Measurement> ms = percentiles(runWaitingForTheLock(options));
            runs.add(Ratios.compute(ms, m -> Double.NaN));
        }
        String table = table(runs);
        System.out.println();
        System.out.println("Round-trip percentiles (µs) and their ratios against each class's baseline at the same"
                + " percentile" + (repeat > 1 ? "; median of " + repeat + " runs, range in brackets" : "") + ":");
        System.out.print(table);
        if (markdown != null) {
            Files.writeString(markdown, fragment(String.join(" ", args), table));
            System.out.println("wrote " + markdown);
        }
    }

    /** One markdown row per benchmark, parameters and percentile: the median score and ratio over the runs. */
    static String table(List<List<Ratio>> runs) {
        Map<String, List<Ratio>> byKey = new java.util.LinkedHashMap<>();
        for (List<Ratio> run : runs) {
            for (Ratio r : run) {
                Measurement m = r.measurement();
                byKey.computeIfAbsent(m.shortName() + "|" + m.params() + "|" + m.mode(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        StringBuilder sb =
                new StringBuilder("| benchmark | params | percentile | µs | ratio |\n|---|---|---|---:|---:|\n");
        for (List<Ratio> rs : byKey.values()) {
            Measurement m = rs.get(0).measurement();
            double[] scores =
                    rs.stream().mapToDouble(r -> r.measurement().score()).toArray();
            double[] ratios = rs.stream().mapToDouble(Ratio::ratio).toArray();
            sb.append("| ")
                    .append(m.shortName())
                    .append(" | ")
                    .append(String.join(
                            " ",
                            m.params().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()))
                    .append(" | ")
                    .append(m.mode())
                    .append(" | ")
                    .append(spread(scores, "%.0f"))
                    .append(" | ")
                    .append(m.isBaseline() ? "1 (baseline)" : spread(ratios, "%.1f") + "×")
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String spread(double[] values, String format) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        String median = String.format(Locale.ROOT, format, v[v.length / 2]);
        if (v.length == 1) return median;
        return median + " (" + String.format(Locale.ROOT, format, v[0]) + "–"
                + String.format(Locale.ROOT, format, v[v.length - 1]) + ")";
    }

    /** Each sample-mode result as one measurement per percentile, in µs per call (error NaN: no interval). */
    static List<Measurement> percentiles(Collection<RunResult> results) {
        List<Measurement> out = new ArrayList<>();
        for (RunResult r : results) {
            var p = r.getParams();
            Map<String, String> params = new TreeMap<>();
            for (String key : p.getParamsKeys()) params.put(key, p.getParam(key));
            Result<?> primary = r.getPrimaryResult();
            Statistics stats = primary.getStatistics();
            double toMicros = unitToMicros(p.getTimeUnit());
            for (double q : PERCENTILES) {
                out.add(Measurement.of(
                        p.getBenchmark(),
                        params,
                        String.format(Locale.ROOT, "p%.0f", q),
                        stats.getPercentile(q) * toMicros,
                        Double.NaN,
                        "us/op"));
            }
        }
        return out;
    }

    private static double unitToMicros(TimeUnit unit) {
        return unit.toNanos(1) / 1000.0;
    }

    private static Collection<RunResult> runWaitingForTheLock(CommandLineOptions options) throws RunnerException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Runner(options).run();
            } catch (RunnerException e) {
                if (attempt >= 80 || e.getMessage() == null || !e.getMessage().contains("JMH lock")) throw e;
                if (attempt == 0) System.err.println("RoundTripRunner: another JMH run holds the lock; waiting for it");
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String fragment(String args, String table) {
        Runtime rt = Runtime.getRuntime();
        return "Command: `java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.mcp.RoundTripRunner " + args
                + "`\n\nMachine: " + rt.availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "; run " + LocalDate.now() + ".\n\n" + table;
    }
}
