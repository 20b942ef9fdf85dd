package dev.luminara.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AppRealtimeTest {
    /** Frames counted by a listener, to see the loop make progress without taking its lock. */
    private static final class Counter implements FrameListener {
        final AtomicLong frames = new AtomicLong();

        @Override
        public void afterFrame(App app, long nanos) {
            frames.incrementAndGet();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 20 s").isLessThan(until);
            Thread.sleep(1);
        }
    }

    @Test
    void aPauseIsABarrierAndRequestedStepsRunExactly() throws Exception {
        App app = App.builder().hz(1000).build();
        Counter counter = new Counter();
        app.addFrameListener(counter);
        CountDownLatch done = new CountDownLatch(1);
        Thread loop = new Thread(() -> {
            app.runRealtime(Duration.ofMinutes(1));
            done.countDown();
        });
        loop.setDaemon(true);
        loop.start();
        try {
            for (int round = 0; round < 20; round++) {
                long before = counter.frames.get();
                waitFor(() -> counter.frames.get() > before + 2);
                app.setPaused(true);
                long atPause = app.call(w -> app.frame());
                Thread.sleep(5);
                assertThat((long) app.call(w -> app.frame())).isEqualTo(atPause);
                app.requestSteps(3);
                waitFor(() -> app.call(w -> app.frame()) == atPause + 3);
                Thread.sleep(5);
                assertThat((long) app.call(w -> app.frame())).isEqualTo(atPause + 3);
                app.setPaused(false);
            }
        } finally {
            app.stop();
        }
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
    }
}
