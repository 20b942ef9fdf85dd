package dev.luminara.core.app;

/** How long one system has taken: what the performance advisor reads. */
public record SystemTiming(String name, Stage stage, long runs, long lastNanos, long totalNanos, long maxNanos) {
    public double meanNanos() {
        return runs == 0 ? 0 : (double) totalNanos / runs;
    }
}
