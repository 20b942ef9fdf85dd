package dev.luminara.verify.internal;

import dev.luminara.ai.perf.PerformanceAdvisor;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.core.World;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Predicts the game's frame time with the script applied: the current frame, plus the script's measured cost on the
 * fork, plus the entities it would spawn at the cost the performance advisor fitted (or, uncalibrated, a default).
 */
public record FramePrediction(double frameMillis, double fps, double budgetMillis, String basis) {
    /**
     * Per-entity frame cost assumed when the advisor has no measurements: a plain frame of the verifier benchmark's
     * 10,000-entity game (5% dynamic bodies) over its entity count, rounded up (docs/benchmarks.md, luminara-verify).
     */
    public static final double DEFAULT_ENTITY_NANOS = 200;

    private static final List<String> SPAWNED = List.of("Name", "Transform", "GlobalTransform", "Tags");

    public static FramePrediction of(
            World live, PerformanceAdvisor advisor, PerformanceBudget budget, long spawned, double scriptMillis) {
        boolean calibrated = advisor != null && advisor.model().measurements() > 0;
        PerformanceContext ctx = advisor == null ? null : advisor.generateContext(live);
        double perEntity = calibrated ? advisor.model().entityNanos(SPAWNED) : DEFAULT_ENTITY_NANOS;
        double current =
                ctx != null && ctx.measured() ? ctx.frameMillis() : live.entityCount() * DEFAULT_ENTITY_NANOS / 1e6;
        double frame = current + scriptMillis + spawned * perEntity / 1e6;
        // concatenation, not String.format: formatting showed as 3% of a verification's CPU time in profiles
        String basis = calibrated
                ? "advisor model, " + fixed(perEntity / 1e3, 2) + " µs per spawned entity"
                : "uncalibrated default of " + fixed(perEntity / 1e3, 1)
                        + " µs per entity; for measured figures calibrate first (luminara verify --calibrate, MCP perf_calibrate)";
        double budgetMillis = budget.frameBudgetNanos() / 1e6;
        return new FramePrediction(frame, frame <= 0 ? Double.POSITIVE_INFINITY : 1000 / frame, budgetMillis, basis);
    }

    /** A non-negative {@code value} with {@code decimals} decimals, rounded half up as {@code %.1f}/{@code %.2f} do. */
    static String fixed(double value, int decimals) {
        return new BigDecimal(Double.toString(value))
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    public boolean overBudget() {
        return frameMillis > budgetMillis;
    }
}
