package dev.luminara.core.app;

/** The simulation clock, replaced every frame: frame number, fixed step, and simulated seconds so far. */
public record Time(long frame, double delta, double elapsed, double hz) {
    public static Time start(double hz) {
        return new Time(0, 1.0 / hz, 0, hz);
    }

    Time next() {
        return new Time(frame + 1, delta, (frame + 1) * delta, hz);
    }

    public float deltaF() {
        return (float) delta;
    }
}
