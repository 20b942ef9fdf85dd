package dev.luminara.core.input;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an {@link InputSource} reports for one frame: the names that are down and the analog values. Names are raw
 * controls ({@code SPACE}, {@code PAD_LEFT_X}) or, to drive an action or axis directly, the map's own names
 * ({@code jump}, {@code move_x}); that is how {@link SimulatedInput} presses actions.
 */
public record RawInput(Set<String> down, Map<String, Float> axes) {
    public static final RawInput NONE = new RawInput(Set.of(), Map.of());

    public RawInput {
        down = Set.copyOf(new TreeSet<>(down));
        axes = Map.copyOf(new TreeMap<>(axes));
    }

    public boolean isDown(String name) {
        return down.contains(name);
    }

    /** The analog value of {@code name}, 0 when it is not reported. */
    public float axis(String name) {
        Float v = axes.get(name);
        return v == null ? 0f : v;
    }
}
