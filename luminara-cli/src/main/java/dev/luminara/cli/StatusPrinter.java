package dev.luminara.cli;

import dev.luminara.core.app.App;
import dev.luminara.core.app.FrameListener;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints one line per simulated second: time, frame, live entities and the mean frame time over that second. */
final class StatusPrinter implements FrameListener {
    private final PrintWriter out;
    private long lastSecond;
    private long framesInSecond;
    private long nanosInSecond;
    private long totalFrames;
    private long totalNanos;

    StatusPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void afterFrame(App app, long frameNanos) {
        framesInSecond++;
        nanosInSecond += frameNanos;
        totalFrames++;
        totalNanos += frameNanos;
        long frame = app.frame();
        long second = (long) Math.floor(frame / app.hz() + 1e-9);
        if (second > lastSecond) {
            lastSecond = second;
            out.println(String.format(
                    Locale.ROOT,
                    "t=%ds frame=%d entities=%d mean=%.3f ms/frame",
                    second,
                    frame,
                    app.world().entityCount(),
                    nanosInSecond / 1e6 / framesInSecond));
            out.flush();
            framesInSecond = 0;
            nanosInSecond = 0;
        }
    }

    long frames() {
        return totalFrames;
    }

    /** Mean simulation time per frame over the whole run, in milliseconds. */
    double meanMillis() {
        return totalFrames == 0 ? 0 : totalNanos / 1e6 / totalFrames;
    }
}
