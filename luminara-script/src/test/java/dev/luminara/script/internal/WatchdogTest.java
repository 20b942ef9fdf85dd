package dev.luminara.script.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The slot's handshake: an overrunning interruptible call is interrupted once, and no interrupt outlives its call. */
class WatchdogTest {

    @Test
    void anInterruptibleCallIsInterruptedAndTheInterruptDoesNotLeak() throws Exception {
        try (Watchdog.Slot slot = Watchdog.instance().register(Thread.currentThread())) {
            AtomicInteger fired = new AtomicInteger();
            slot.begin(5_000_000, (s, elapsed) -> {
                fired.incrementAndGet();
                s.interrupt(s.currentSeq());
            });
            slot.interruptible();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline) Thread.onSpinWait();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            slot.end();
            assertThat(Thread.currentThread().isInterrupted())
                    .as("cleared by end")
                    .isFalse();
            assertThat(fired).hasValue(1);
            assertThat(slot.running()).isFalse();
        }
    }

    @Test
    void aCallThatIsNotInterruptibleIsToldButNeverInterrupted() throws Exception {
        try (Watchdog.Slot slot = Watchdog.instance().register(Thread.currentThread())) {
            AtomicInteger fired = new AtomicInteger();
            slot.begin(5_000_000, (s, elapsed) -> {
                fired.incrementAndGet();
                s.interrupt(s.currentSeq());
            });
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (fired.get() == 0 && System.nanoTime() < deadline) Thread.onSpinWait();
            assertThat(fired).hasValue(1);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            slot.end();
        }
    }

    @Test
    void manyShortInterruptibleCallsRacingTheWatchdogLeaveNoInterruptBehind() {
        try (Watchdog.Slot slot = Watchdog.instance().register(Thread.currentThread())) {
            // a 0 ns limit: the watchdog interrupts every call it sees running over two ticks; some calls last a few
            // ticks so that it does, and those interrupts race the calls' ends
            AtomicInteger fired = new AtomicInteger();
            for (int i = 0; i < 5_000; i++) {
                slot.begin(0, (s, elapsed) -> {
                    fired.incrementAndGet();
                    s.interrupt(s.currentSeq());
                });
                slot.interruptible();
                long until = System.nanoTime() + (i % 25 == 0 ? 2_500_000 : 2_000);
                while (System.nanoTime() < until) Thread.onSpinWait();
                slot.end();
                assertThat(Thread.currentThread().isInterrupted()).isFalse();
            }
            assertThat(fired.get()).isPositive();
        }
    }
}
