package dev.luminara.script.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that stops script calls running past their time limit. Arming a call costs two volatile writes
 * (no scheduling, no allocation): a {@link Slot} holds a call counter that is odd while a call runs, and the watchdog,
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

        /** Starts a call that may last {@code limitNanos}; {@code onTimeout} is told if it lasts longer. */
        public void begin(long limitNanos, Timeout onTimeout) {
            this.thread = Thread.currentThread();
            this.limitNanos = limitNanos;
            this.timeout = onTimeout;
            seq = seq | 1L;
        }

        /** Ends the call; an interrupt the watchdog sent for it is cleared so it cannot leak into the caller. */
        public void end() {
            if (interruptSent) {
                synchronized (this) {
                    seq = (seq | 1L) + 1;
                    interruptSent = false;
                    Thread.interrupted();
                }
                return;
            }
            seq = (seq | 1L) + 1;
        }

        /** Ends the call under the lock that {@link #interrupt} takes, for runtimes that may be interrupted. */
        public void endInterruptible() {
            synchronized (this) {
                seq = (seq | 1L) + 1;
                if (interruptSent) {
                    interruptSent = false;
                    Thread.interrupted();
                }
            }
        }

        /** Interrupts the calling thread if the call observed as {@code callSeq} is still running. */
        public void interrupt(long callSeq) {
            synchronized (this) {
                if (seq == callSeq) {
                    interruptSent = true;
                    thread.interrupt();
                }
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
            long s = seq;
            if ((s & 1L) == 0) {
                return false;
            }
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
