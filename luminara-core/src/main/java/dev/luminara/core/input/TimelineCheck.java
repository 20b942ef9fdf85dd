package dev.luminara.core.input;

import dev.luminara.core.schema.Suggest;

/**
 * The rules a timeline event must follow, shared by the JSON reader and the programmatic builder: what the control may
 * be for the event's type (and, given a map, whether the map defines it), and the ranges of frames and values.
 */
final class TimelineCheck {
    /** Far beyond any run (about 500 years at 60 Hz), low enough that frame arithmetic cannot overflow. */
    static final long MAX_FRAME = 1L << 40;

    /** A fault in one field of one event. */
    record Fault(String field, String reason) {}

    private TimelineCheck() {}

    /** The first fault of {@code e}, or null. {@code map} may be null: then action and axis names are not looked up. */
    static Fault check(InputEvent e, InputMap map) {
        if (e instanceof InputEvent.Press p) {
            Fault f = checkControl(p.control(), true, map);
            if (f != null) return f;
            if (p.frame() < 0 || p.frame() > MAX_FRAME) return range("frame", p.frame());
            if (p.frames() < 1 || p.frames() > MAX_FRAME) {
                return new Fault("frames", "must be at least 1 (how many frames the press lasts), got " + p.frames());
            }
            return null;
        }
        if (e instanceof InputEvent.Axis a) {
            Fault f = checkControl(a.control(), false, map);
            if (f != null) return f;
            if (!(a.value() >= -1f && a.value() <= 1f)) {
                return new Fault("value", "must be within [-1, 1], got " + a.value());
            }
            if (a.from() < 0 || a.from() > MAX_FRAME) return range("from", a.from());
            if (a.to() <= a.from() || a.to() > MAX_FRAME) {
                return new Fault("to", "must be after from (" + a.from() + "; to is exclusive), got " + a.to());
            }
            return null;
        }
        throw new IllegalStateException("unhandled input event " + e.getClass().getName());
    }

    private static Fault range(String field, long value) {
        return new Fault(field, "must be a frame number within [0, " + MAX_FRAME + "], got " + value);
    }

    private static Fault checkControl(String name, boolean press, InputMap map) {
        String use = press ? "an axis event" : "a press event";
        if (Controls.isButton(name)) {
            return press ? null : new Fault("control", "'" + name + "' is a button; use " + use);
        }
        if (Controls.isAxis(name)) {
            return press ? new Fault("control", "'" + name + "' is an analog control; use " + use) : null;
        }
        if (!Controls.isActionName(name)) {
            return new Fault(
                    "control",
                    "unknown control '" + name + "'"
                            + Suggest.didYouMean(name, map == null ? Controls.all() : union(map))
                            + " (actions and axes are lower_snake, raw controls UPPER_SNAKE)");
        }
        if (map == null) return null;
        if (press && map.hasAction(name) || !press && map.hasAxis(name)) return null;
        if (press && map.hasAxis(name)) return new Fault("control", "'" + name + "' is an axis; use " + use);
        if (!press && map.hasAction(name)) return new Fault("control", "'" + name + "' is an action; use " + use);
        String kind = press ? "action" : "axis";
        return new Fault(
                "control",
                "the input map has no " + kind + " '" + name + "'"
                        + Suggest.didYouMean(
                                name,
                                press ? map.actions().keySet() : map.axes().keySet()));
    }

    private static java.util.Set<String> union(InputMap map) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(Controls.all());
        all.addAll(map.names());
        return all;
    }
}
