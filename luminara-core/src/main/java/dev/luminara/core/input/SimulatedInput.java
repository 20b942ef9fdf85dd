package dev.luminara.core.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scripted {@link InputSource}: a timeline of {@link InputEvent}s keyed by frame, for tests and AI agents ("press
 * jump at frame 10 for 5 frames", "move_x = 0.5 from frame 20 to 80"). Immutable and a pure function of the frame, so
 * a run driven by it is deterministic and a restored snapshot replays the same input. Install it with
 * {@code world.insertResource(InputSource.class, timeline)}.
 *
 * <p>JSON form (what the {@code input_simulate} tool accepts; a bare array of events is accepted too):
 *
 * <pre>{@code
 * {"format": "luminara.input/1",
 *  "events": [
 *    {"type": "press", "control": "jump", "frame": 10, "frames": 5},
 *    {"type": "axis", "control": "move_x", "value": 0.5, "from": 20, "to": 80},
 *    {"type": "press", "control": "SPACE", "frame": 90}]}
 * }</pre>
 *
 * {@code frames} defaults to 1; {@code to} is exclusive. Where axis events overlap on one control, the later event in
 * the list wins for the overlapping frames.
 */
public final class SimulatedInput implements InputSource {
    public static final String FORMAT = "luminara.input/1";

    private final List<InputEvent> events;

    private SimulatedInput(List<InputEvent> events) {
        this.events = List.copyOf(events);
    }

    /** A timeline of checked events: controls must be raw controls or well-formed action names. */
    public static SimulatedInput of(List<? extends InputEvent> events) {
        return of(events, null);
    }

    /** A timeline whose action and axis names must also be defined by {@code map} (null: not looked up). */
    public static SimulatedInput of(List<? extends InputEvent> events, InputMap map) {
        for (int i = 0; i < events.size(); i++) {
            InputEvent e = events.get(i);
            TimelineCheck.Fault f = TimelineCheck.check(e, map);
            if (f != null) {
                throw new InputException(
                        "event " + i + " (" + e.type() + "), field " + f.field() + ": " + f.reason(), i, f.field());
            }
        }
        return new SimulatedInput(new ArrayList<>(events));
    }

    /**
     * Reads the JSON form. {@code source} names the text in messages (a file name, a tool call); {@code map} may be
     * null, in which case action and axis names are only checked for form.
     */
    public static SimulatedInput parse(String json, String source, InputMap map) {
        return new SimulatedInput(new TimelineJson(json, source, map).read());
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<InputEvent> events() {
        return events;
    }

    /** Checks the timeline's names against {@code map}; returns this timeline or throws naming the event. */
    public SimulatedInput checkedAgainst(InputMap map) {
        return of(events, map);
    }

    /** The first frame after the last event (0 for an empty timeline). */
    public long endFrame() {
        long end = 0;
        for (InputEvent e : events) end = Math.max(end, e.end());
        return end;
    }

    /** The same timeline moved {@code frames} later, e.g. to start it from the current frame. */
    public SimulatedInput shiftedBy(long frames) {
        List<InputEvent> moved = new ArrayList<>(events.size());
        for (InputEvent e : events) {
            if (e instanceof InputEvent.Press p) {
                moved.add(new InputEvent.Press(p.control(), p.frame() + frames, p.frames()));
            } else if (e instanceof InputEvent.Axis a) {
                moved.add(new InputEvent.Axis(a.control(), a.value(), a.from() + frames, a.to() + frames));
            } else {
                throw new IllegalStateException(
                        "unhandled input event " + e.getClass().getName());
            }
        }
        return of(moved);
    }

    /** This timeline followed by {@code other}'s events (later events win overlapping axes). */
    public SimulatedInput plus(SimulatedInput other) {
        List<InputEvent> all = new ArrayList<>(events);
        all.addAll(other.events);
        return new SimulatedInput(all);
    }

    /** The canonical JSON form, which {@link #parse} reads back to an equal timeline. */
    public String toJson() {
        return TimelineJson.write(events);
    }

    @Override
    public RawInput read(long frame) {
        Set<String> down = new HashSet<>();
        Map<String, Float> axes = new HashMap<>();
        for (InputEvent e : events) {
            if (frame < e.start() || frame >= e.end()) continue;
            if (e instanceof InputEvent.Press p) {
                down.add(p.control());
            } else if (e instanceof InputEvent.Axis a) {
                axes.put(a.control(), a.value());
            } else {
                throw new IllegalStateException(
                        "unhandled input event " + e.getClass().getName());
            }
        }
        return down.isEmpty() && axes.isEmpty() ? RawInput.NONE : new RawInput(down, axes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedInput s && s.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "SimulatedInput" + events;
    }

    /** Collects events in order; {@link #build()} checks them. */
    public static final class Builder {
        private final List<InputEvent> events = new ArrayList<>();

        private Builder() {}

        /** Holds {@code control} down for {@code frames} frames from {@code frame}. */
        public Builder press(String control, long frame, long frames) {
            events.add(new InputEvent.Press(control, frame, frames));
            return this;
        }

        /** Holds {@code control} down for the one frame {@code frame}. */
        public Builder press(String control, long frame) {
            return press(control, frame, 1);
        }

        /** Sets {@code control} to {@code value} for frames {@code [from, to)}. */
        public Builder axis(String control, float value, long from, long to) {
            events.add(new InputEvent.Axis(control, value, from, to));
            return this;
        }

        public SimulatedInput build() {
            return of(events);
        }

        public SimulatedInput build(InputMap map) {
            return of(events, map);
        }
    }
}
