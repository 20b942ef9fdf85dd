package dev.luminara.core.app;

/**
 * Wall-clock time since the app was built: for frame-rate displays and profiling, never for game logic (it differs
 * between runs). A service resource, so snapshots share it and content comparisons ignore it.
 */
public final class RealTime {
    private final long startNanos = System.nanoTime();

    /** Seconds of wall-clock time since the app was built. */
    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
