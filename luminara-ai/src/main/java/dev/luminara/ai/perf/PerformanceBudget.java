package dev.luminara.ai.perf;

/** The frame rate to hold: every frame must fit in {@code 1 / targetFps} seconds. */
public record PerformanceBudget(double targetFps) {
    public static final PerformanceBudget FPS_60 = new PerformanceBudget(60);

    public PerformanceBudget {
        if (!(targetFps > 0)) throw new IllegalArgumentException("targetFps must be > 0, got " + targetFps);
    }

    public double frameBudgetNanos() {
        return 1e9 / targetFps;
    }
}
