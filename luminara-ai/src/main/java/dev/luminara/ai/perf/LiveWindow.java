package dev.luminara.ai.perf;

import dev.luminara.core.app.App;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the advisor keeps of a running app's frames: the last {@link #FRAMES} frame times (wall clock) and the
 * schedule's system totals at the start of a window of {@link #FRAMES} to {@code 2 × FRAMES} frames, for each
 * system's mean time per frame over it. Not thread-safe: the advisor holds its lock around every call. The schedule is
 * read only in {@link #record} (on the game thread, after a frame) and {@link #systemNanos} (between frames).
 */
final class LiveWindow {
    static final int FRAMES = 240;
    /** Frames needed before the median counts as the current frame time. */
    static final int MIN_FRAMES = 10;

    private final Deque<Long> frames = new ArrayDeque<>();
    private App app;
    private long frameCount;
    private Map<String, Long> older;
    private long olderAt;
    private Map<String, Long> newer;
    private long newerAt;

    void record(App a, long nanos) {
        app = a;
        frameCount++;
        frames.addLast(nanos);
        while (frames.size() > FRAMES) frames.removeFirst();
        if (older == null) {
            older = newer = FrameSampler.totals(a);
            olderAt = newerAt = frameCount;
        } else if (frameCount - newerAt >= FRAMES) {
            older = newer;
            olderAt = newerAt;
            newer = FrameSampler.totals(a);
            newerAt = frameCount;
        }
    }

    /** Forgets every frame seen so far: the next ones start a new window (the world changed under them). */
    void reset() {
        frames.clear();
        older = newer = null;
    }

    boolean hasMedian() {
        return frames.size() >= MIN_FRAMES;
    }

    double median() {
        return FrameSampler.median(
                frames.stream().mapToDouble(Long::doubleValue).toArray());
    }

    /** Each system's mean nanoseconds per frame since the window began; empty before two frames were seen. */
    Map<String, Double> systemNanos() {
        Map<String, Double> out = new TreeMap<>();
        if (older == null || frameCount == olderAt) return out;
        long n = frameCount - olderAt;
        FrameSampler.totals(app).forEach((name, total) -> {
            double mean = (double) (total - older.getOrDefault(name, 0L)) / n;
            if (mean > 0) out.put(name, mean);
        });
        return out;
    }
}
