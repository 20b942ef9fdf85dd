package dev.luminara.ai.perf;

import java.util.List;

/**
 * What a digest says about performance: the target, the measured frame time (median), the entity count, the systems
 * that take longest, and a one-line verdict. {@code measured == false} means there are no measurements yet.
 */
public record PerformanceContext(
        boolean measured,
        double targetFps,
        double frameMillis,
        int entityCount,
        List<String> heaviestSystems,
        String note) {
    public PerformanceContext {
        heaviestSystems = List.copyOf(heaviestSystems);
    }

    public static PerformanceContext unmeasured(double targetFps, int entityCount) {
        return new PerformanceContext(false, targetFps, 0, entityCount, List.of(), "no frame measurements yet");
    }
}
