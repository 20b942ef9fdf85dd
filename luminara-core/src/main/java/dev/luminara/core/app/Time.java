package dev.luminara.core.app;

/**
 * The simulation clock, replaced every frame. Everything here derives from the frame count and the settings, never from
 * the wall clock, so two runs with the same inputs see the same times (wall-clock time is {@link RealTime}).
 *
 * <p>{@code delta} and {@code elapsed} are <em>game</em> time: the fixed step times {@code scale}, and zero while
 * {@code paused} (game systems such as physics integrate with them, so slow motion and pause need no special cases).
 * {@link #fixedDelta()} and {@link #unscaledElapsed()} are the unscaled step and frame clock, for things that must keep
 * going in a paused game (menus, audio). Change the scale or pause with {@link #withScale} and {@link #withPaused},
 * inserted as the new resource; the next frame's step uses them.
 *
 * @param frame frames simulated so far (1 during the first step)
 * @param delta game seconds this frame: {@code fixedDelta * scale}, or 0 when paused
 * @param elapsed game seconds so far: the sum of the deltas
 * @param hz fixed steps per second
 * @param scale game time per real step, in [0, 100]; 1 is normal speed
 * @param paused whether game time is frozen (the frame count still advances)
 */
public record Time(long frame, double delta, double elapsed, double hz, double scale, boolean paused) {
    public static final double MAX_SCALE = 100;

    public Time {
        if (!(scale >= 0 && scale <= MAX_SCALE)) {
            throw new AppException("time scale must be within [0, " + (int) MAX_SCALE + "], got " + scale);
        }
    }

    public static Time start(double hz) {
        return new Time(0, 1.0 / hz, 0, hz, 1, false);
    }

    Time next() {
        double d = paused ? 0 : fixedDelta() * scale;
        return new Time(frame + 1, d, elapsed + d, hz, scale, paused);
    }

    /** The unscaled fixed step, {@code 1 / hz}. */
    public double fixedDelta() {
        return 1.0 / hz;
    }

    /** Seconds of frames simulated so far, ignoring scale and pause: {@code frame / hz}. */
    public double unscaledElapsed() {
        return frame / hz;
    }

    public float deltaF() {
        return (float) delta;
    }

    /** This clock with another time scale, from the next frame on (this frame's delta is already spent). */
    public Time withScale(double newScale) {
        return new Time(frame, delta, elapsed, hz, newScale, paused);
    }

    /** This clock with game time frozen or running again, from the next frame on. */
    public Time withPaused(boolean nowPaused) {
        return new Time(frame, delta, elapsed, hz, scale, nowPaused);
    }
}
