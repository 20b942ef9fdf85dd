package dev.luminara.script.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that stops script calls running past their time limit. Arming a call costs two release stores
 * (plain stores on x86: no fence, no scheduling, no allocation; an interruptible call's end is one compare-and-set): a {@link Slot} holds a call counter that is odd while a call runs, and the watchdog,
 * ticking every millisecond while any slot exists, measures how long the same odd value has been seen. When a call
 * overruns, the slot's {@link Timeout} is told once; it stops cooperative code (a flag the interpreters poll) and, for
 * compiled WASM, interrupts the thread.
 *
 * <p>Time is credited tick by tick, at most {@value #MAX_CREDIT_MILLIS} ms per tick: a stop-the-world GC pause or a
 * JIT safepoint freezes the watchdog too, and when it wakes the whole pause would otherwise be charged to whichever
 * script happened to be running.
 */
public final class Watchdog {
    private static final long TICK_NANOS = 1_000_000;
    private static final long MAX_CREDIT_MILLIS = 50;
    private static final long MAX_CREDIT_NANOS = MAX_CREDIT_MILLIS * 1_000_000;
    private static final Watchdog INSTANCE = new Watchdog();

    private final List<Slot> slots = new CopyOnWriteArrayList<>();
    private volatile Thread thread;

    private Watchdog() {}

    public static Watchdog instance() {
        return INSTANCE;
    }

    /** What to do when a call overruns. */
    @FunctionalInterface
    public interface Timeout {
        void expired(Slot slot, long elapsedNanos);
    }

    /** Registers a slot for calls made on {@code owner}; {@link Slot#close()} removes it. */
    public Slot register(Thread owner) {
        Slot s = new Slot(this, owner);
        slots.add(s);
        ensureRunning();
        return s;
    }

    private synchronized void ensureRunning() {
        if (thread == null || !thread.isAlive()) {
            Thread t = new Thread(this::loop, "luminara-script-watchdog");
            t.setDaemon(true);
            thread = t;
            t.start();
        } else {
            LockSupport.unpark(thread);
        }
    }

    private void loop() {
        while (true) {
            if (slots.isEmpty()) {
                LockSupport.parkNanos(this, 1_000_000_000L);
                continue;
            }
            long now = System.nanoTime();
            boolean busy = false;
            for (Slot s : slots) {
                busy |= s.tick(now);
            }
            // between calls (a game idles most of each frame) tick slower; a call starting is seen within 5 ms,
            // which only delays when its timing starts, never lets it run past its limit by more than that
            LockSupport.parkNanos(this, busy ? TICK_NANOS : 5 * TICK_NANOS);
        }
    }

    /** A place where one thread makes timed calls, one at a time. */
    public static final class Slot implements AutoCloseable {
        // high bits of seq: the call may be interrupted; the watchdog is interrupting it right now
        private static final long INTERRUPTIBLE = 1L << 62;
        private static final long INTERRUPTING = 1L << 61;
        private static final long FLAGS = INTERRUPTIBLE | INTERRUPTING;
        private static final VarHandle SEQ;

        static {
            try {
                SEQ = MethodHandles.lookup().findVarHandle(Slot.class, "seq", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Watchdog owner;
        // written by the calling thread before the volatile seq write that publishes them
        private Thread thread;
        private long limitNanos = Long.MAX_VALUE;
        private Timeout timeout;
        private volatile long seq;
        private volatile boolean interruptSent;
        // watchdog-thread state
        private long seenSeq = -1;
        private long lastTick;
        private long credited;
        private long firedSeq = -1;

        Slot(Watchdog owner, Thread thread) {
            this.owner = owner;
            this.thread = thread;
        }

        /**
         * Starts a call that may last {@code limitNanos}; {@code onTimeout} is told if it lasts longer. A release
         * store, not a volatile one: it orders the fields above before the call is seen, and the watchdog, which ticks
         * every millisecond, needs no fence to see it nanoseconds later.
         */
        public void begin(long limitNanos, Timeout onTimeout) {
            this.thread = Thread.currentThread();
            this.limitNanos = limitNanos;
            this.timeout = onTimeout;
            SEQ.setRelease(this, seq | 1L);
        }

        /**
         * Lets the watchdog interrupt the running call (compiled WASM polls the thread's interrupt flag). Only such
         * calls are ever interrupted, so only their end pays for the handshake with {@link #interrupt}.
         */
        public void interruptible() {
            long s = seq;
            if ((s & 1L) != 0 && (s & INTERRUPTIBLE) == 0) SEQ.setRelease(this, s | INTERRUPTIBLE);
        }

        /**
         * Ends the call. An interruptible call ends with one compare-and-set that {@link #interrupt} cannot overtake:
         * either the watchdog's own compare-and-set wins (it then interrupts and restores the value, and this end
         * waits for that and clears the interrupt, so none leaks into the caller) or this one does and no interrupt
         * is sent.
         */
        public void end() {
            long s = seq;
            if ((s & INTERRUPTIBLE) == 0) {
                SEQ.setRelease(this, next(s));
                return;
            }
            long expected = s & ~INTERRUPTING;
            while (!SEQ.compareAndSet(this, expected, next(expected))) Thread.onSpinWait();
            if (interruptSent) {
                interruptSent = false;
                Thread.interrupted();
            }
        }

        private static long next(long s) {
            return ((s & ~FLAGS) | 1L) + 1;
        }

        /** Interrupts the calling thread if the interruptible call observed as {@code callSeq} is still running. */
        public void interrupt(long callSeq) {
            if ((callSeq & INTERRUPTIBLE) == 0 || (callSeq & INTERRUPTING) != 0) return;
            if (!SEQ.compareAndSet(this, callSeq, callSeq | INTERRUPTING)) return;
            try {
                interruptSent = true;
                thread.interrupt();
            } finally {
                SEQ.setVolatile(this, callSeq);
            }
        }

        /** The sequence number of the call being timed (odd while one runs). */
        public boolean running() {
            return (seq & 1L) != 0;
        }

        public long currentSeq() {
            return seq;
        }

        /** Credits time to the running call; returns whether a call is running. */
        boolean tick(long now) {
            long raw = seq;
            if ((raw & 1L) == 0) {
                return false;
            }
            long s = raw & ~FLAGS; // the call's number: marking it interruptible does not make it a new call
            if (s != seenSeq) {
                seenSeq = s;
                lastTick = now;
                credited = 0;
                return true;
            }
            credited += Math.min(now - lastTick, MAX_CREDIT_NANOS);
            lastTick = now;
            long elapsed = credited;
            if (elapsed > limitNanos && firedSeq != s) {
                firedSeq = s;
                Timeout t = timeout;
                if (t != null) t.expired(this, elapsed);
            }
            return true;
        }

        @Override
        public void close() {
            owner.slots.remove(this);
        }
    }
}
