package dev.luminara.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH benchmarks and reports each one as a ratio against its class's baseline, measured in the same run:
 *
 * <pre>
 * java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.RatioRunner &lt;regex&gt; [JMH options]
 *     [--markdown FILE]
 * </pre>
 *
 * Every JMH command-line option is accepted ({@code -f 1 -wi 3 -w 1s -i 5 -r 1s}, {@code -p n=1000}, ...). The
 * convention (see docs/benchmarks.md): in each benchmark class exactly one {@code @Benchmark} method's name starts with
 * {@code baseline}; a method may carry a {@link Goal}. {@code --markdown FILE} also writes the table, the command and
 * the machine as a markdown fragment. {@code --repeat N} runs the whole selection N times and reports, per benchmark,
 * the median of the N ratios with their range: on a shared, loaded machine a ratio taken within one pass is far more
 * stable than either score. {@code --cpu} computes the ratios from CPU time per operation ({@link CpuTimeProfiler})
 * instead of wall time, which other processes' load hardly disturbs.
 */
public final class RatioRunner {
    private RatioRunner() {}

    public static void main(String[] args) throws IOException, RunnerException {
        List<String> jmhArgs = new ArrayList<>();
        Path markdown = null;
        int repeat = 1;
        boolean cpu = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cpu")) {
                cpu = true;
            } else if (args[i].equals("--repeat") && i + 1 < args.length) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--markdown") && i + 1 < args.length) {
                markdown = Path.of(args[++i]);
            } else if (args[i].startsWith("--markdown=")) {
                markdown = Path.of(args[i].substring("--markdown=".length()));
            } else {
                jmhArgs.add(args[i]);
            }
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            System.err.println("RatioRunner: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.shouldHelp()) {
            System.out.println(usage());
            options.showHelp();
            return;
        }
        if (options.getIncludes().isEmpty()) {
            System.err.println(usage());
            System.exit(2);
            return;
        }
        Options run = cpu
                ? new OptionsBuilder()
                        .parent(options)
                        .addProfiler(CpuTimeProfiler.class)
                        .build()
                : options;
        List<List<Ratio>> runs = new ArrayList<>();
        for (int pass = 0; pass < repeat; pass++) {
            Collection<RunResult> results = runWaitingForTheLock(run);
            runs.add(Ratios.compute(measurements(results, cpu), RatioRunner::goalOf));
        }
        List<Ratio> ratios = repeat == 1 ? runs.get(0) : Ratios.median(runs);
        System.out.println();
        System.out.println("Ratios against each class's baseline (" + (cpu ? "CPU time" : "cost") + " / baseline; lower"
                + " is faster" + (repeat > 1 ? "; median of " + repeat + " runs, range in brackets" : "") + "):");
        System.out.print(RatioTable.text(ratios));
        if (markdown != null) {
            Files.writeString(markdown, fragment(String.join(" ", args), ratios));
            System.out.println("wrote " + markdown);
        }
    }

    /**
     * JMH refuses to start while another JMH run holds {@code /tmp/jmh.lock}; on a machine shared by several people
     * that is usually a colleague's run, so wait for it (up to 20 minutes) rather than fail or measure side by side.
     */
    private static Collection<RunResult> runWaitingForTheLock(Options options) throws RunnerException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Runner(options).run();
            } catch (RunnerException e) {
                if (attempt >= 80 || e.getMessage() == null || !e.getMessage().contains("JMH lock")) throw e;
                if (attempt == 0) System.err.println("RatioRunner: another JMH run holds the lock; waiting for it");
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static String usage() {
        return "usage: java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.RatioRunner <regex>"
                + " [JMH options, e.g. -f 1 -wi 3 -w 1s -i 5 -r 1s] [--cpu] [--repeat N] [--markdown FILE]";
    }

    /** Primary scores, or with {@code cpu} the {@link CpuTimeProfiler}'s CPU time per operation (mode "cpu"). */
    static List<Measurement> measurements(Collection<RunResult> results, boolean cpu) {
        List<Measurement> out = new ArrayList<>();
        for (RunResult r : results) {
            var p = r.getParams();
            Map<String, String> params = new TreeMap<>();
            for (String key : p.getParamsKeys()) params.put(key, p.getParam(key));
            var score = cpu ? r.getSecondaryResults().get(CpuTimeProfiler.LABEL) : r.getPrimaryResult();
            if (score == null) continue;
            out.add(Measurement.of(
                    p.getBenchmark(),
                    params,
                    cpu ? "cpu" : p.getMode().shortLabel(),
                    score.getScore(),
                    score.getScoreError(),
                    score.getScoreUnit()));
        }
        return out;
    }

    /** The {@link Goal} on the benchmark method, or NaN. */
    static double goalOf(Measurement m) {
        try {
            Method method = Class.forName(m.benchmarkClass()).getMethod(m.method());
            Goal goal = method.getAnnotation(Goal.class);
            return goal == null ? Double.NaN : goal.max();
        } catch (ReflectiveOperationException | LinkageError e) {
            return Double.NaN;
        }
    }

    static String fragment(String args, List<Ratio> ratios) {
        Runtime rt = Runtime.getRuntime();
        String machine = String.format(
                Locale.ROOT,
                "%d cores, %s %s, %s %s, max heap %d MB",
                rt.availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                rt.maxMemory() / (1024 * 1024));
        return "Command: `java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.RatioRunner " + args
                + "`\n\n"
                + "Machine: " + machine + "; run " + LocalDate.now() + ".\n\n"
                + RatioTable.markdown(ratios);
    }
}
