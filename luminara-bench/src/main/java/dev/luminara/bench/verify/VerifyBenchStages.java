package dev.luminara.bench.verify;

import dev.luminara.ai.intent.EntityReference;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.verify.CodeVerifier;
import dev.luminara.verify.ScriptSubmission;
import dev.luminara.verify.StageTimings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Median stage times of the pipeline from its own {@link StageTimings} (wall clock), next to the median plain frame,
 * for the same world and script as {@link VerifyBench}: {@code java -cp benchmarks.jar
 * dev.luminara.bench.verify.VerifyBenchStages [runs] [frames] [new]}; with {@code new}, every run submits a source not
 * seen before (a new trailing comment), as {@code VerifyBench.verify1FrameNewSource} does.
 */
public final class VerifyBenchStages {
    private VerifyBenchStages() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        boolean fresh = args.length > 2 && args[2].equals("new");
        try (GameRuntime game = VerifyBenchWorld.build(VerifyBench.ENTITIES, 42)) {
            CodeVerifier v = CodeVerifier.builder().frames(frames).build();
            ScriptSubmission s = ScriptSubmission.lua(
                    "behaviors/guard.lua", VerifyBenchScript.GUARD, List.of(new EntityReference.ByName("player")));
            List<StageTimings> t = new ArrayList<>();
            double[] plain = new double[runs];
            double[] verifyCpu = new double[runs];
            double[] frameCpu = new double[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long p0 = 0, v0 = 0;
            for (int i = 0; i < runs * 2; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                ScriptSubmission sub = fresh
                        ? ScriptSubmission.lua(s.path(), VerifyBenchScript.GUARD + "\n-- run " + i + "\n", s.attachTo())
                        : s;
                StageTimings st = v.verify(sub, game.world()).timings();
                long c1 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                game.app().step();
                double frame = (System.nanoTime() - t0) / 1e6;
                long c2 = threads.getCurrentThreadCpuTime();
                if (i == runs) {
                    p0 = os.getProcessCpuTime();
                    v0 = System.nanoTime();
                }
                if (i >= runs) { // the first half warms up
                    t.add(st);
                    plain[i - runs] = frame;
                    verifyCpu[i - runs] = (c1 - c0) / 1e6;
                    frameCpu[i - runs] = (c2 - c1) / 1e6;
                }
            }
            double process = (os.getProcessCpuTime() - p0) / 1e6 / runs;
            double wall = (System.nanoTime() - v0) / 1e6 / runs;
            System.out.printf(
                    Locale.ROOT,
                    "%d entities, %d sandbox frame(s), %s source, median of %d runs after %d warm-up:%n",
                    game.world().entityCount(),
                    frames,
                    fresh ? "a new" : "the same",
                    runs,
                    runs);
            row("plain frame", median(plain));
            row("static", median(t, StageTimings::staticMillis));
            row("fork", median(t, StageTimings::forkMillis));
            row("sandbox", median(t, StageTimings::sandboxMillis));
            row("preview", median(t, StageTimings::previewMillis));
            row("total", median(t, StageTimings::totalMillis));
            System.out.printf(
                    Locale.ROOT,
                    "thread CPU: verify %.3f ms, plain frame %.3f ms, ratio %.1f%n",
                    median(verifyCpu),
                    median(frameCpu),
                    median(verifyCpu) / median(frameCpu));
            System.out.printf(
                    Locale.ROOT,
                    "process CPU (every thread, GC and JIT included) per verification and frame: %.3f ms (%.3f ms wall)%n",
                    process,
                    wall);
        }
    }

    private static void row(String what, double ms) {
        System.out.printf(Locale.ROOT, "  %-12s %8.3f ms%n", what, ms);
    }

    private static double median(List<StageTimings> t, ToDoubleFunction<StageTimings> f) {
        return median(t.stream().mapToDouble(f).toArray());
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
