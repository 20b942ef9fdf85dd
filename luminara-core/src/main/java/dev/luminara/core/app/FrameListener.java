package dev.luminara.core.app;

/** Told after each simulated frame; status printers and recorders implement it. */
@FunctionalInterface
public interface FrameListener {
    void afterFrame(App app, long frameNanos);
}
