package dev.luminara.ai.perf;

import dev.luminara.core.ComponentType;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.SystemTiming;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures an app by stepping it: warm-up frames first (the JIT compiles the hot paths), then the median over
 * {@code frames} frames of the stepping thread's CPU time. CPU time rather than wall time because on a loaded machine
 * a frame's wall time includes the time other processes held the core; the median drops GC pauses and outliers.
 */
public final class FrameSampler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FrameSampler() {}

    /** Whether frame costs are thread CPU times (true on the usual JVMs) or fall back to wall time. */
    public static boolean cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported();
    }

    public static Measurement measure(App app, int warmupFrames, int frames) {
        if (frames < 1) throw new IllegalArgumentException("frames must be >= 1, got " + frames);
        for (int i = 0; i < warmupFrames; i++) app.step();
        Map<String, Long> before = totals(app);
        double[] costs = new double[frames];
        sample(app, costs, 0, frames);
        return measurement(Measurement.LIVE, app, costs, before);
    }

    /** Steps {@code app} {@code n} times, writing each frame's cost into {@code costs} from {@code at}. */
    static void sample(App app, double[] costs, int at, int n) {
        boolean cpu = cpuTime();
        for (int i = at; i < at + n; i++) {
            long t0 = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            app.step();
            costs[i] = (cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
        }
    }

    /** A measurement from frame costs taken since the schedule totals were {@code before}. */
    static Measurement measurement(String label, App app, double[] costs, Map<String, Long> before) {
        Map<String, Double> systems = new TreeMap<>();
        totals(app)
                .forEach((name, total) ->
                        systems.put(name, (double) (total - before.getOrDefault(name, 0L)) / costs.length));
        return new Measurement(
                label, app.world().entityCount(), median(costs), costs.length, componentCounts(app.world()), systems);
    }

    static Map<String, Long> totals(App app) {
        Map<String, Long> out = new HashMap<>();
        for (SystemTiming t : app.schedule().timings()) out.put(t.name(), t.totalNanos());
        return out;
    }

    static Map<String, Integer> componentCounts(World world) {
        Map<String, Integer> out = new TreeMap<>();
        for (ComponentType<?> t : world.components().all()) {
            int n = world.query(t.type()).count();
            if (n > 0) out.put(t.name(), n);
        }
        return out;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
