package dev.luminara.core.app;

import dev.luminara.core.World;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A world, its schedule and a fixed-timestep clock. Runs headless for N frames or in real time with an accumulator.
 * Other threads (an MCP server, say) reach the world through {@link #call}, which runs between frames.
 */
public final class App {
    private static final int MAX_CATCH_UP_STEPS = 5;

    private final World world;
    private final Schedule schedule;
    private final double hz;
    private final long seed;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<FrameListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean paused;
    private volatile boolean stopRequested;
    private volatile int stepsRequested;

    App(World world, Schedule schedule, double hz, long seed) {
        this.world = world;
        this.schedule = schedule;
        this.hz = hz;
        this.seed = seed;
    }

    public static AppBuilder builder() {
        return new AppBuilder();
    }

    public World world() {
        return world;
    }

    public Schedule schedule() {
        return schedule;
    }

    public double hz() {
        return hz;
    }

    public long seed() {
        return seed;
    }

    public Time time() {
        return world.resource(Time.class);
    }

    public long frame() {
        return time().frame();
    }

    public void addFrameListener(FrameListener listener) {
        listeners.add(listener);
    }

    public void removeFrameListener(FrameListener listener) {
        listeners.remove(listener);
    }

    /** Simulates one fixed step. */
    public void step() {
        long nanos;
        lock.lock();
        try {
            nanos = simulate();
        } finally {
            lock.unlock();
        }
        notifyListeners(nanos);
    }

    /**
     * Steps unless paused, deciding under the frame lock: once {@link #setPaused} has returned, no new frame starts
     * (an agent's pause is a barrier). With {@code requested}, only a step asked for with {@link #requestSteps} runs.
     */
    private boolean stepIfAllowed(boolean requested) {
        long nanos;
        lock.lock();
        try {
            if (requested ? !paused || stepsRequested <= 0 : paused) return false;
            if (requested) stepsRequested--;
            nanos = simulate();
        } finally {
            lock.unlock();
        }
        notifyListeners(nanos);
        return true;
    }

    private long simulate() {
        long t0 = System.nanoTime();
        world.insertResource(time().next());
        world.updateEvents();
        schedule.run(world);
        return System.nanoTime() - t0;
    }

    private void notifyListeners(long nanos) {
        for (FrameListener l : listeners) {
            l.afterFrame(this, nanos);
        }
    }

    /** Simulates {@code frames} steps as fast as possible (headless). */
    public void runFrames(long frames) {
        for (long i = 0; i < frames && !stopRequested; i++) {
            step();
        }
    }

    /**
     * Simulates in real time until {@link #stop()} or until {@code limit} of wall-clock time has passed. While paused,
     * only steps asked for with {@link #requestSteps} run.
     */
    public void runRealtime(Duration limit) {
        stopRequested = false;
        long stepNanos = (long) (1e9 / hz);
        long start = System.nanoTime();
        long deadline = limit == null ? Long.MAX_VALUE : start + limit.toNanos();
        long last = start;
        long accumulator = 0;
        while (!stopRequested && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            accumulator = Math.min(accumulator + (now - last), stepNanos * MAX_CATCH_UP_STEPS);
            last = now;
            if (paused) {
                accumulator = 0;
                if (stepIfAllowed(true)) continue;
            }
            while (!stopRequested && accumulator >= stepNanos && stepIfAllowed(false)) {
                accumulator -= stepNanos;
            }
            LockSupport.parkNanos(Math.max(100_000, stepNanos - accumulator));
        }
    }

    public void stop() {
        stopRequested = true;
    }

    /** Pauses or resumes real-time simulation; returns after any frame in progress, and no new one starts. */
    public void setPaused(boolean paused) {
        lock.lock();
        try {
            this.paused = paused;
        } finally {
            lock.unlock();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** While paused in real time, runs {@code n} more steps. */
    public void requestSteps(int n) {
        lock.lock();
        try {
            stepsRequested += n;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} on the world between frames, from any thread. */
    public <T> T call(Function<World, T> action) {
        lock.lock();
        try {
            return action.apply(world);
        } finally {
            lock.unlock();
        }
    }
}
