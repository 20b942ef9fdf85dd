package dev.luminara.script.lua.internal;

import dev.luminara.script.LimitKind;
import dev.luminara.script.Sandbox;
import dev.luminara.script.ScriptLimitException;
import dev.luminara.script.ScriptLocation;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.WeakHashMap;
import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * The sandboxed tier's instruction counter, installed as the {@code debuglib} of every script environment so that
 * LuaJ's interpreter calls it before each instruction, from Java, without calling into Lua (unlike
 * {@code debug.sethook}). Per instruction it does a count-down, a frame-pc store and an opcode test; every
 * {@value #CHUNK} instructions it checks the instruction budget, the watchdog's stop flag and the memory the script's
 * threads allocated ({@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes}). Concatenations are checked
 * before they run so that one {@code s = s .. s} cannot allocate past the value cap. It also keeps its own call stack
 * (the prototype and pc of each Lua frame) for tracebacks and a depth cap, instead of DebugLib's.
 */
public final class SandboxHook extends DebugLib {
    static final int CHUNK = 1024;
    /**
     * Once string operations have built this many bytes, the next one reads the allocation counter at once: a loop of
     * a few instructions around {@code string.rep} can allocate hundreds of MB before {@value #CHUNK} instructions.
     */
    static final long BUILT_SAMPLE = 256 << 10;
    /** Deeper Lua recursion is stopped before it can overflow the Java stack. */
    public static final int MAX_DEPTH = 200;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<SandboxHook> CURRENT = new ThreadLocal<>();

    private final Map<Thread, Frames> framesByThread = new WeakHashMap<>();
    private Thread cachedThread;
    private Frames cachedFrames;

    private Sandbox sandbox;
    private int countdown = Integer.MAX_VALUE;
    private int chunk = Integer.MAX_VALUE;
    private long consumed;
    private long limit;
    private Thread callThread;
    private long callBaseline;
    private long otherThreadsAllocated;
    private long builtSinceSample;
    private final Map<Thread, long[]> otherSamples = new WeakHashMap<>();

    /** The hook whose sandbox is armed on this thread, or null (trusted code, or not in a script call). */
    static SandboxHook current() {
        return CURRENT.get();
    }

    /** Makes this thread count against this hook (coroutine threads call it when they start). */
    void bindThread() {
        CURRENT.set(this);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    /** Starts counting a call against {@code s}; returns the previously armed sandbox, to re-arm after. */
    Sandbox arm(Sandbox s) {
        Sandbox previous = sandbox;
        sandbox = s;
        if (CURRENT.get() != this) CURRENT.set(this);
        LuaStrings.ensureInstalled();
        if (previous == null) {
            consumed = 0;
            limit = s.config().maxInstructions();
            chunk = (int) Math.min(CHUNK, Math.max(1, limit));
            countdown = chunk;
            callThread = Thread.currentThread();
            callBaseline = s.measuresMemory() ? THREADS.getCurrentThreadAllocatedBytes() : 0;
            otherThreadsAllocated = 0;
            otherSamples.clear();
            builtSinceSample = 0;
        }
        return previous;
    }

    void disarm(Sandbox previous) {
        Sandbox s = sandbox;
        sandbox = previous;
        if (previous == null) {
            // what the outermost call allocated feeds the retained-memory check (LuaScriptInstance runs it)
            if (s != null && s.measuresMemory() && Thread.currentThread() == callThread) {
                s.allocatedInCall(allocated());
            }
            countdown = Integer.MAX_VALUE;
            chunk = Integer.MAX_VALUE;
            frames().depth = 0; // CURRENT stays: with no sandbox armed the hook applies the trusted caps
        }
    }

    // ---- LuaJ's hooks ----

    @Override
    public void onCall(LuaFunction f) {
        frames().push(null, null);
    }

    @Override
    public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
        Frames f = frames();
        if (f.depth >= MAX_DEPTH && sandbox != null) {
            throw abort(sandbox.exceed(
                    LimitKind.STACK_DEPTH, MAX_DEPTH, "stack overflow: calls nested deeper than " + MAX_DEPTH));
        }
        f.push(c.p, stack);
    }

    @Override
    public void onReturn() {
        Frames f = frames();
        if (f.depth > 0) f.depth--;
    }

    @Override
    public void onInstruction(int pc, Varargs v, int top) {
        Frames f = frames();
        int d = f.depth - 1;
        if (d >= 0) {
            f.pcs[d] = pc;
            int[] code = f.code[d];
            if (code != null && (code[pc] & 0x3f) == Lua.OP_CONCAT) checkConcat(f, d, code[pc]);
        }
        if (--countdown <= 0) slowPath();
    }

    private void slowPath() {
        Sandbox s = sandbox;
        if (s == null) {
            countdown = chunk = Integer.MAX_VALUE;
            return;
        }
        consumed += chunk;
        ScriptLimitException stop = s.stopped();
        if (stop != null) {
            countdown = 0;
            throw new LuaAbort(located(stop));
        }
        if (consumed > limit) {
            countdown = 0;
            throw abort(s.exceed(
                    LimitKind.INSTRUCTIONS,
                    limit,
                    "stopped after " + limit + " instructions: max_instructions is " + limit + " per call"));
        }
        if (s.measuresMemory()) {
            try {
                s.checkMemory(allocated());
            } catch (ScriptLimitException e) {
                throw abort(e);
            }
        }
        long remaining = limit - consumed;
        chunk = remaining <= 0 ? 1 : (int) Math.min(CHUNK, remaining);
        countdown = chunk;
    }

    /** Bytes allocated in this call by the calling thread and by coroutine threads since they were first seen. */
    private long allocated() {
        Thread t = Thread.currentThread();
        long now = THREADS.getCurrentThreadAllocatedBytes();
        if (t == callThread) return (now - callBaseline) + otherThreadsAllocated;
        long[] last = otherSamples.get(t);
        if (last == null) {
            otherSamples.put(t, new long[] {now});
        } else {
            otherThreadsAllocated += now - last[0];
            last[0] = now;
        }
        return otherThreadsAllocated;
    }

    private void checkConcat(Frames f, int d, int instruction) {
        Sandbox s = sandbox;
        LuaValue[] stack = f.stacks[d];
        if (s == null || stack == null) return;
        int b = instruction >>> 23;
        int c = (instruction >> 14) & 0x1ff;
        long total = 0;
        for (int r = b; r <= c && r < stack.length; r++) {
            LuaValue x = stack[r];
            if (x != null && x.isstring()) total += x.isnumber() ? 24 : x.rawlen();
        }
        if (total > s.config().maxValueBytes()) {
            countdown = 0;
            try {
                s.checkValueSize(total, "string concatenation");
            } catch (ScriptLimitException e) {
                throw new LuaAbort(located(e));
            }
        }
        checkBuilt(s, total); // after the value cap: one value too big is the more precise diagnosis
    }

    /** Fails the current call if building a value of {@code bytes} would pass the cap (library functions use it). */
    void checkValueSize(long bytes, String operation) {
        Sandbox s = sandbox;
        if (s == null) {
            if (bytes > LuaStrings.TRUSTED_VALUE_CAP) {
                throw new org.luaj.vm2.LuaError(
                        operation + " would build " + bytes + " bytes (at most " + LuaStrings.TRUSTED_VALUE_CAP + ")");
            }
            return;
        }
        try {
            s.checkValueSize(bytes, operation);
        } catch (ScriptLimitException e) {
            countdown = 0;
            throw new LuaAbort(located(e));
        }
        checkBuilt(s, bytes);
    }

    /**
     * Counts {@code bytes} about to be built by a string operation and, every {@link #BUILT_SAMPLE} of them, checks
     * the call's allocation plus these bytes against max_memory, before they are allocated.
     */
    private void checkBuilt(Sandbox s, long bytes) {
        if (!s.measuresMemory() || (builtSinceSample += bytes) < BUILT_SAMPLE) return;
        builtSinceSample = 0;
        try {
            s.checkMemory(allocated() + bytes);
        } catch (ScriptLimitException e) {
            throw abort(e);
        }
    }

    /** Counts {@code n} steps of library work (pattern matching) as instructions, and polls the limits. */
    void steps(int n) {
        countdown -= n;
        if (countdown <= 0) slowPath();
    }

    LuaAbort abort(ScriptLimitException e) {
        countdown = 0;
        return new LuaAbort(located(e));
    }

    /** {@code e}, with the file and line of the innermost Lua frame recorded if it had none. */
    ScriptLimitException located(ScriptLimitException e) {
        if (e.location() == null) {
            String[] at = where();
            if (at != null) e.locate(new ScriptLocation(at[0], Integer.parseInt(at[1])));
        }
        return e;
    }

    // ---- tracebacks ----

    @Override
    public String traceback(int level) {
        Frames f = frames();
        StringBuilder sb = new StringBuilder("stack traceback:");
        int shown = 0;
        for (int i = f.depth - 1; i >= 0 && shown < 20; i--) {
            Prototype p = f.protos[i];
            if (p == null) {
                sb.append("\n\t[Java]: in ?");
                continue;
            }
            sb.append("\n\t").append(LuaErrors.source(p)).append(':').append(line(p, f.pcs[i]));
            sb.append(
                    p.linedefined == 0
                            ? ": in main chunk"
                            : ": in function <" + LuaErrors.source(p) + ":" + p.linedefined + ">");
            shown++;
        }
        return sb.toString();
    }

    /** The file and line the innermost Lua frame is at, or null. */
    String[] where() {
        Frames f = frames();
        for (int i = f.depth - 1; i >= 0; i--) {
            Prototype p = f.protos[i];
            if (p != null) return new String[] {LuaErrors.source(p), String.valueOf(line(p, f.pcs[i]))};
        }
        return null;
    }

    private static int line(Prototype p, int pc) {
        return p.lineinfo != null && pc >= 0 && pc < p.lineinfo.length ? p.lineinfo[pc] : 0;
    }

    private Frames frames() {
        Thread t = Thread.currentThread();
        if (t != cachedThread) {
            synchronized (framesByThread) {
                cachedFrames = framesByThread.computeIfAbsent(t, k -> new Frames());
            }
            cachedThread = t;
        }
        return cachedFrames;
    }

    /** One thread's Lua call stack. */
    private static final class Frames {
        Prototype[] protos = new Prototype[32];
        int[][] code = new int[32][];
        LuaValue[][] stacks = new LuaValue[32][];
        int[] pcs = new int[32];
        int depth;

        void push(Prototype p, LuaValue[] stack) {
            if (depth == protos.length) grow();
            protos[depth] = p;
            code[depth] = p == null ? null : p.code;
            stacks[depth] = stack;
            pcs[depth] = 0;
            depth++;
        }

        private void grow() {
            int n = protos.length * 2;
            protos = java.util.Arrays.copyOf(protos, n);
            code = java.util.Arrays.copyOf(code, n);
            stacks = java.util.Arrays.copyOf(stacks, n);
            pcs = java.util.Arrays.copyOf(pcs, n);
        }
    }
}
