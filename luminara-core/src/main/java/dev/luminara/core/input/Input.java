package dev.luminara.core.input;

import dev.luminara.core.Snapshottable;
import dev.luminara.core.schema.Suggest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named input state of the current frame: the world resource {@code Input.class}, updated once per frame in
 * {@code Stage.INPUT} from the {@link InputSource} through the {@link InputMap}. Part of the world's state: snapshots
 * copy it, so a restored world continues with the same held counts and edges.
 *
 * <p>Asking about a name the map does not define throws an {@link InputException} with suggestions: a typo in a
 * script fails loudly instead of reading as "never pressed".
 */
public final class Input implements Snapshottable<Input> {
    private final TreeMap<String, Integer> held = new TreeMap<>();
    private final TreeMap<String, Integer> heldBefore = new TreeMap<>();
    private final TreeMap<String, Float> axes = new TreeMap<>();
    private long frame;

    /** All actions released and all axes at 0, with the map's names. */
    public Input(InputMap map) {
        map.actions().keySet().forEach(a -> {
            held.put(a, 0);
            heldBefore.put(a, 0);
        });
        map.axes().keySet().forEach(a -> axes.put(a, 0f));
    }

    private Input(Input source) {
        held.putAll(source.held);
        heldBefore.putAll(source.heldBefore);
        axes.putAll(source.axes);
        frame = source.frame;
    }

    /** Whether the action is down this frame. */
    public boolean pressed(String action) {
        return heldFrames(action) > 0;
    }

    /** Whether the action went down this frame. */
    public boolean justPressed(String action) {
        return heldFrames(action) == 1;
    }

    /** Whether the action was down last frame and is up now. */
    public boolean justReleased(String action) {
        int now = heldFrames(action);
        return now == 0 && heldBefore.get(action) > 0;
    }

    /** For how many consecutive frames, this one included, the action has been down; 0 when it is up. */
    public int heldFrames(String action) {
        Integer n = held.get(action);
        if (n == null) throw unknown("action", action, held.keySet());
        return n;
    }

    /** The axis value this frame, in [-1, 1]. */
    public float axis(String name) {
        Float v = axes.get(name);
        if (v == null) throw unknown("axis", name, axes.keySet());
        return v;
    }

    public Set<String> actions() {
        return Collections.unmodifiableSet(held.keySet());
    }

    public Set<String> axes() {
        return Collections.unmodifiableSet(axes.keySet());
    }

    /** The frame this state belongs to (0 before the first update). */
    public long frame() {
        return frame;
    }

    /** Advances to {@code frame}: edges and held counts from the previous state, names from the current map. */
    void update(long newFrame, RawInput raw, InputMap map) {
        Map<String, Integer> previous = new TreeMap<>(held);
        held.clear();
        heldBefore.clear();
        for (var e : map.actions().entrySet()) {
            String action = e.getKey();
            int before = previous.getOrDefault(action, 0);
            heldBefore.put(action, before);
            held.put(action, isDown(action, e.getValue(), raw) ? before + 1 : 0);
        }
        axes.clear();
        for (var e : map.axes().entrySet()) {
            axes.put(e.getKey(), axisValue(e.getKey(), e.getValue(), raw));
        }
        frame = newFrame;
    }

    private static boolean isDown(String action, List<String> controls, RawInput raw) {
        if (raw.isDown(action)) return true;
        for (String c : controls) {
            if (Controls.isAxis(c) ? raw.axis(c) >= InputMap.PRESS_THRESHOLD : raw.isDown(c)) return true;
        }
        return false;
    }

    private static float axisValue(String axis, List<AxisBinding> bindings, RawInput raw) {
        float sum = raw.axis(axis);
        for (AxisBinding b : bindings) {
            String c = b.control();
            sum += Controls.isAxis(c) ? raw.axis(c) * b.scale() : raw.isDown(c) ? b.scale() : 0f;
        }
        return Math.max(-1f, Math.min(1f, sum));
    }

    private static InputException unknown(String kind, String name, Set<String> known) {
        return new InputException("unknown input " + kind + " '" + name + "'" + Suggest.didYouMean(name, known) + " ("
                + (kind.equals("axis") ? "axes" : "actions") + ": " + String.join(", ", known) + ")");
    }

    @Override
    public Input copy() {
        return new Input(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Input i
                && frame == i.frame
                && held.equals(i.held)
                && heldBefore.equals(i.heldBefore)
                && axes.equals(i.axes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frame, held, heldBefore, axes);
    }

    /** The pressed actions with their held counts and the non-zero axes, e.g. {@code frame 12: jump(3) move_x=0.5}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("frame ").append(frame).append(':');
        held.forEach((a, n) -> {
            if (n > 0) sb.append(' ').append(a).append('(').append(n).append(')');
        });
        axes.forEach((a, v) -> {
            if (v != 0f) sb.append(' ').append(a).append('=').append(v);
        });
        return sb.toString();
    }
}
