package dev.luminara.core.input;

import java.util.Objects;

/**
 * One control feeding an axis: a button adds {@code scale} while it is down, an analog control adds its value times
 * {@code scale}. An axis is the sum of its bindings, clamped to [-1, 1].
 */
public record AxisBinding(String control, float scale) {
    public AxisBinding {
        Objects.requireNonNull(control, "control");
        if (!Float.isFinite(scale)) {
            throw new InputException("axis binding " + control + ": scale must be a finite number, got " + scale);
        }
    }

    public static AxisBinding of(String control, float scale) {
        return new AxisBinding(control, scale);
    }

    /** An analog control taken as it is. */
    public static AxisBinding analog(String control) {
        return new AxisBinding(control, 1f);
    }
}
