package dev.luminara.verify;

/** Wall-clock milliseconds per stage of one verification ({@code fork} is taking the world's copy). */
public record StageTimings(
        double staticMillis, double forkMillis, double sandboxMillis, double previewMillis, double totalMillis) {
    public static final StageTimings NONE = new StageTimings(0, 0, 0, 0, 0);
}
