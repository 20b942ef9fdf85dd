package dev.luminara.core.input;

import dev.luminara.core.schema.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which raw controls drive which named actions and axes: the world resource {@code InputMap.class} (the input plugin
 * inserts {@link #defaults()} unless one is there). An action is pressed while any of its controls is down (an analog
 * control counts as down at 0.5 or more); an axis is the clamped sum of its {@link AxisBinding}s. A source may also
 * report an action or axis by its own name, which is how {@link SimulatedInput} drives them.
 *
 * @param actions action name → controls, sorted by name
 * @param axes axis name → bindings, sorted by name
 */
public record InputMap(Map<String, List<String>> actions, Map<String, List<AxisBinding>> axes) {
    /** The analog value at which a control bound to an action counts as down. */
    public static final float PRESS_THRESHOLD = 0.5f;

    public InputMap {
        actions = Collections.unmodifiableMap(new TreeMap<>(copyLists(actions)));
        axes = Collections.unmodifiableMap(new TreeMap<>(copyLists(axes)));
        for (var e : actions.entrySet()) {
            checkName("action", e.getKey());
            if (axes.containsKey(e.getKey())) {
                throw new InputException("input map: '" + e.getKey() + "' is both an action and an axis");
            }
            for (String control : e.getValue()) checkControl("action " + e.getKey(), control);
        }
        for (var e : axes.entrySet()) {
            checkName("axis", e.getKey());
            for (AxisBinding b : e.getValue()) checkControl("axis " + e.getKey(), b.control());
        }
    }

    /**
     * What the sample game and most tests use: {@code move_x} (A/D, arrows, left stick), {@code move_z} (W/S, arrows,
     * left stick; forward is -Z, so W is -1), {@code look_x}/{@code look_y} (mouse, right stick), and the actions
     * {@code jump}, {@code fire}, {@code interact}, {@code sprint}, {@code pause}.
     */
    public static InputMap defaults() {
        return builder()
                .axis("move_x", "A", "D")
                .axis("move_x", "ARROW_LEFT", "ARROW_RIGHT")
                .axis("move_x", AxisBinding.analog("PAD_LEFT_X"))
                .axis("move_z", "W", "S")
                .axis("move_z", "ARROW_UP", "ARROW_DOWN")
                .axis("move_z", AxisBinding.analog("PAD_LEFT_Y"))
                .axis("look_x", AxisBinding.analog("MOUSE_DX"), AxisBinding.analog("PAD_RIGHT_X"))
                .axis("look_y", AxisBinding.analog("MOUSE_DY"), AxisBinding.analog("PAD_RIGHT_Y"))
                .action("jump", "SPACE", "PAD_A")
                .action("fire", "MOUSE_LEFT", "CTRL_LEFT", "PAD_RT")
                .action("interact", "E", "PAD_X")
                .action("sprint", "SHIFT_LEFT", "PAD_LB")
                .action("pause", "ESCAPE", "PAD_START")
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean hasAction(String name) {
        return actions.containsKey(name);
    }

    public boolean hasAxis(String name) {
        return axes.containsKey(name);
    }

    /** Every action and axis name, sorted. */
    public Set<String> names() {
        TreeSet<String> all = new TreeSet<>(actions.keySet());
        all.addAll(axes.keySet());
        return Collections.unmodifiableSet(all);
    }

    private static void checkName(String kind, String name) {
        if (!Controls.isActionName(name)) {
            throw new InputException("input map: " + kind + " '" + name
                    + "': names are lower_snake (a-z, 0-9, _, starting with a letter), at most 64 characters");
        }
    }

    private static void checkControl(String owner, String control) {
        if (!Controls.isControl(control)) {
            throw new InputException("input map: " + owner + ": unknown control '" + control + "'"
                    + Suggest.didYouMean(control, Controls.all()));
        }
    }

    private static <V> Map<String, List<V>> copyLists(Map<String, List<V>> in) {
        Map<String, List<V>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Collects bindings; adding to a name that is already bound appends to its bindings. */
    public static final class Builder {
        private final Map<String, List<String>> actions = new LinkedHashMap<>();
        private final Map<String, List<AxisBinding>> axes = new LinkedHashMap<>();

        private Builder() {}

        public Builder action(String name, String... controls) {
            actions.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(controls));
            return this;
        }

        public Builder axis(String name, AxisBinding... bindings) {
            axes.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(bindings));
            return this;
        }

        /** Two buttons: {@code negative} pushes the axis to -1, {@code positive} to +1. */
        public Builder axis(String name, String negative, String positive) {
            return axis(name, AxisBinding.of(negative, -1f), AxisBinding.of(positive, 1f));
        }

        public InputMap build() {
            return new InputMap(actions, axes);
        }
    }
}
