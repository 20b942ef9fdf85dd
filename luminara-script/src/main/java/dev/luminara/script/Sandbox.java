package dev.luminara.script;

import dev.luminara.script.internal.Watchdog;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The limits of one script instance at run time: it counts API calls and spawns, arms the watchdog for every hook
 * call, measures memory, and remembers the first limit hit in a call so that every later check in the same call fails
 * too (which is what makes a limit uncatchable: a {@code pcall} or a coroutine that swallows the first failure meets
 * the next one at its next instruction). Runtimes poll {@link #stopped()} and call {@link #exceed}; they never create
 * one, the host does.
 */
public final class Sandbox {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final SandboxConfig config;
    private final ScriptId script;
    private final Watchdog.Slot slot;
    private final boolean measureMemory;
    private final long limitNanos;
    // keyed by identity: runtimes pass each binding's own qualified-name string, and identity hashing is what a
    // per-call counter can afford; usage() merges equal names
    private final Map<String, long[]> callsByFunction = new IdentityHashMap<>();
    private final Watchdog.Timeout onTimeout = this::timedOut;
    private volatile ScriptLimitException stop;
    private boolean interruptOnTimeout;
    private long windowCalls;
    private int windowSpawns;
    private long totalCalls;
    private int totalSpawns;
    private ScriptLimitException lastHit;
    private long allocatedSinceCheck;

    Sandbox(SandboxConfig config, ScriptId script, Watchdog.Slot slot) {
        this.config = config;
        this.script = script;
        this.slot = slot;
        this.limitNanos = config.timeLimited() ? config.maxExecutionTime().toNanos() : Long.MAX_VALUE;
        this.measureMemory = config.maxMemory() != Long.MAX_VALUE && THREADS.isThreadAllocatedMemorySupported();
        if (measureMemory && !THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
    }

    public SandboxConfig config() {
        return config;
    }

    public ScriptId script() {
        return script;
    }

    /** Compiled WASM checks {@link Thread#interrupted()}; a runtime that relies on that asks for interrupts here. */
    public void interruptOnTimeout(boolean enabled) {
        this.interruptOnTimeout = enabled;
        if (enabled && config.timeLimited()) slot.interruptible(); // the call running now (runtimes ask inside it)
    }

    // ---- one hook call ----

    void enter() {
        if (stop != null) stop = null; // a volatile write per call only when there is something to clear
        if (config.timeLimited()) slot.begin(limitNanos, onTimeout);
    }

    void exit() {
        if (config.timeLimited()) slot.end();
    }

    private void timedOut(Watchdog.Slot s, long elapsedNanos) {
        long callSeq = s.currentSeq();
        stop = record(new ScriptLimitException(
                LimitKind.EXECUTION_TIME,
                config.maxExecutionTime().toMillis(),
                script + ": stopped after " + Duration.ofNanos(elapsedNanos).toMillis() + " ms: max_execution_time is "
                        + config.maxExecutionTime().toMillis() + " ms per call"));
        if (interruptOnTimeout) s.interrupt(callSeq);
    }

    /** The limit hit in the current call, or null. Interpreters poll it; it stays set until the call ends. */
    public ScriptLimitException stopped() {
        return stop;
    }

    /** Records that a limit was hit in this call and returns the error for the runtime to throw (uncatchably). */
    public ScriptLimitException exceed(LimitKind kind, long limit, String what) {
        ScriptLimitException e = stop;
        if (e != null) return e;
        e = record(new ScriptLimitException(kind, limit, script + ": " + what));
        stop = e;
        return e;
    }

    private synchronized ScriptLimitException record(ScriptLimitException e) {
        lastHit = e;
        return e;
    }

    /** The last limit this instance hit, or null. */
    public synchronized ScriptLimitException lastLimitHit() {
        return lastHit;
    }

    /** Fails the call when {@code bytes} exceeds {@link SandboxConfig#maxMemory()}. */
    public void checkMemory(long bytes) {
        if (bytes > config.maxMemory()) {
            throw exceed(
                    LimitKind.MEMORY,
                    config.maxMemory(),
                    "allocated " + bytes + " bytes in one call: max_memory is " + config.maxMemory());
        }
    }

    /**
     * Adds what one finished call allocated (the Lua hook measures it). Keeping memory takes allocating it, so the
     * runtime measures what the script keeps ({@link #checkRetained}) only once per {@code max_memory / 4} allocated:
     * that bounds the kept state to about 1.25 × max_memory between measurements, and a script that allocates little
     * is never measured.
     */
    public void allocatedInCall(long bytes) {
        if (bytes > 0) allocatedSinceCheck += bytes;
    }

    /** Whether enough was allocated since the last retained-memory check to make another; starts the count again. */
    public boolean retainedCheckDue() {
        if (!measureMemory || allocatedSinceCheck < config.maxMemory() / 4) return false;
        allocatedSinceCheck = 0;
        return true;
    }

    /** Fails the call when the values the script keeps after {@code hook} (about {@code bytes}) pass max_memory. */
    public void checkRetained(long bytes, String hook) {
        if (bytes > config.maxMemory()) {
            throw exceed(
                    LimitKind.MEMORY,
                    config.maxMemory(),
                    "holds about " + Math.max(1, bytes >> 20) + " MB of Lua values after " + hook + ": max_memory is "
                            + config.maxMemory() + " bytes");
        }
    }

    /** Fails the call when one operation would build a value of {@code bytes}. */
    public void checkValueSize(long bytes, String operation) {
        if (bytes > config.maxValueBytes()) {
            throw exceed(
                    LimitKind.VALUE_SIZE,
                    config.maxValueBytes(),
                    operation + " would build " + bytes + " bytes: one value may be at most " + config.maxValueBytes()
                            + " bytes (a quarter of max_memory, at most 16 MiB)");
        }
    }

    /** Whether memory is limited and measurable here (the Lua hook then samples the thread's allocation counter). */
    public boolean measuresMemory() {
        return measureMemory;
    }

    // ---- budgets ----

    /** Counts one API call; the (max_api_calls + 1)-th in the window is refused before it runs. */
    public void countApiCall(String qualifiedName) {
        ScriptLimitException s = stop;
        if (s != null) throw s;
        if (windowCalls >= config.maxApiCalls()) {
            throw exceed(
                    LimitKind.API_CALLS,
                    config.maxApiCalls(),
                    "API call " + (windowCalls + 1) + " (" + qualifiedName + ") refused: max_api_calls is "
                            + config.maxApiCalls() + " per " + windowName());
        }
        windowCalls++;
        totalCalls++;
        long[] n = callsByFunction.get(qualifiedName);
        if (n == null) callsByFunction.put(qualifiedName, n = new long[1]);
        n[0]++;
    }

    /** Counts one spawn; the (max_entities_spawned + 1)-th in the window is refused. */
    public void countSpawn() {
        if (windowSpawns >= config.maxEntitiesSpawned()) {
            throw exceed(
                    LimitKind.ENTITIES_SPAWNED,
                    config.maxEntitiesSpawned(),
                    "spawn " + (windowSpawns + 1) + " refused: max_entities_spawned is " + config.maxEntitiesSpawned()
                            + " per " + windowName());
        }
        windowSpawns++;
        totalSpawns++;
    }

    private String windowName() {
        return config.window() == BudgetWindow.FRAME ? "frame" : "run";
    }

    /** Starts a new budget window (the host calls it every frame when the window is {@link BudgetWindow#FRAME}). */
    void resetWindow() {
        windowCalls = 0;
        windowSpawns = 0;
    }

    public SandboxUsage usage() {
        Map<String, Long> byFunction = new TreeMap<>();
        callsByFunction.forEach((k, v) -> byFunction.merge(k, v[0], Long::sum));
        return new SandboxUsage(totalCalls, totalSpawns, byFunction);
    }
}
