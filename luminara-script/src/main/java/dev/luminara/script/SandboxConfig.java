package dev.luminara.script;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a script runs under, enforced by the runtime (not by scanning the source). Time, instructions and memory
 * are per hook call (one {@code on_update}, one chunk load); API calls and spawns per script instance over the
 * {@link BudgetWindow}. A value of {@link Long#MAX_VALUE} (or {@link Integer#MAX_VALUE}) means unlimited.
 *
 * @param maxExecutionTime wall-clock time one hook call may take
 * @param maxMemory bytes one hook call may allocate (Lua: measured per thread; WASM: the linear memory cap)
 * @param maxEntitiesSpawned spawns per instance and window; the next one is refused
 * @param maxApiCalls API calls per instance and window; the next one is refused
 * @param maxInstructions interpreter instructions per hook call (Lua interpreted, WASM interpreted)
 * @param window whether the call and spawn budgets reset every frame or last the whole run
 */
public record SandboxConfig(
        Duration maxExecutionTime,
        long maxMemory,
        int maxEntitiesSpawned,
        long maxApiCalls,
        long maxInstructions,
        BudgetWindow window) {

    /** What scripts in a running game get unless configured otherwise. */
    public static final SandboxConfig DEFAULT =
            new SandboxConfig(Duration.ofMillis(100), 64L << 20, 100, 100_000, 50_000_000, BudgetWindow.FRAME);

    /** No limits at all: for trusted code and benchmarks of the unsandboxed path. */
    public static final SandboxConfig UNLIMITED = new SandboxConfig(
            Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L),
            Long.MAX_VALUE,
            Integer.MAX_VALUE,
            Long.MAX_VALUE,
            Long.MAX_VALUE,
            BudgetWindow.FRAME);

    /** The largest live coroutine count a Lua script may have (each is a Java thread in LuaJ). */
    public static final int MAX_COROUTINES = 16;

    public SandboxConfig {
        Objects.requireNonNull(maxExecutionTime, "maxExecutionTime");
        Objects.requireNonNull(window, "window");
        if (maxExecutionTime.isNegative() || maxExecutionTime.isZero()) {
            throw new IllegalArgumentException("maxExecutionTime must be positive, got " + maxExecutionTime);
        }
        requirePositive("maxMemory", maxMemory);
        requirePositive("maxEntitiesSpawned", maxEntitiesSpawned);
        requirePositive("maxApiCalls", maxApiCalls);
        requirePositive("maxInstructions", maxInstructions);
    }

    private static void requirePositive(String name, long value) {
        if (value < 0) throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }

    public SandboxConfig withMaxExecutionTime(Duration d) {
        return new SandboxConfig(d, maxMemory, maxEntitiesSpawned, maxApiCalls, maxInstructions, window);
    }

    public SandboxConfig withMaxMemory(long bytes) {
        return new SandboxConfig(maxExecutionTime, bytes, maxEntitiesSpawned, maxApiCalls, maxInstructions, window);
    }

    public SandboxConfig withMaxEntitiesSpawned(int n) {
        return new SandboxConfig(maxExecutionTime, maxMemory, n, maxApiCalls, maxInstructions, window);
    }

    public SandboxConfig withMaxApiCalls(long n) {
        return new SandboxConfig(maxExecutionTime, maxMemory, maxEntitiesSpawned, n, maxInstructions, window);
    }

    public SandboxConfig withMaxInstructions(long n) {
        return new SandboxConfig(maxExecutionTime, maxMemory, maxEntitiesSpawned, maxApiCalls, n, window);
    }

    public SandboxConfig withWindow(BudgetWindow w) {
        return new SandboxConfig(maxExecutionTime, maxMemory, maxEntitiesSpawned, maxApiCalls, maxInstructions, w);
    }

    /**
     * The largest string or table a single library operation ({@code string.rep}, concatenation,
     * {@code table.concat}, {@code table.unpack}) may build: a quarter of the memory budget, at most 16 MiB, at least
     * 1 KiB. A single step larger than that is refused before it allocates.
     */
    public long maxValueBytes() {
        return Math.max(1024, Math.min(16L << 20, maxMemory / 4));
    }

    public boolean timeLimited() {
        return maxExecutionTime.getSeconds() < Long.MAX_VALUE / 1_000_000_000L;
    }
}
