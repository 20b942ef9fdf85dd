package dev.luminara.core.input;

import java.util.Objects;

/**
 * One entry of a {@link SimulatedInput} timeline. {@code control} is an action or axis of the map ({@code jump},
 * {@code move_x}) or a raw control ({@code SPACE}, {@code PAD_LEFT_X}). Frames are {@code Time.frame()} values (the
 * first step is frame 1); ranges include their start and exclude their end.
 */
public sealed interface InputEvent {
    String control();

    /** The first frame this event affects. */
    long start();

    /** The first frame after this event (exclusive). */
    long end();

    /** Which kind of event, as written in JSON: {@code "press"} or {@code "axis"}. */
    String type();

    /** Holds a button or action down during frames {@code [frame, frame + frames)}. */
    record Press(String control, long frame, long frames) implements InputEvent {
        public Press {
            Objects.requireNonNull(control, "control");
        }

        @Override
        public long start() {
            return frame;
        }

        @Override
        public long end() {
            return frame + frames;
        }

        @Override
        public String type() {
            return "press";
        }
    }

    /** Sets an axis or analog control to {@code value} during frames {@code [from, to)}. */
    record Axis(String control, float value, long from, long to) implements InputEvent {
        public Axis {
            Objects.requireNonNull(control, "control");
        }

        @Override
        public long start() {
            return from;
        }

        @Override
        public long end() {
            return to;
        }

        @Override
        public String type() {
            return "axis";
        }
    }
}
