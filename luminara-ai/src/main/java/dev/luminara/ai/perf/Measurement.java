package dev.luminara.ai.perf;

import java.util.Map;
import java.util.TreeMap;

/**
 * One measurement of a running world: its entity count and component counts, the median frame cost over a number of
 * frames, and each system's mean time over the same frames. {@code label} says what was measured: {@code live} (the
 * game itself), {@code base} and {@code scale:F} (the world's own mix of entities, F times as many) feed the
 * entity-count curve; {@code kind:…} (more entities of one kind) only the per-component costs.
 */
public record Measurement(
        String label,
        int entityCount,
        double frameNanos,
        int frames,
        Map<String, Integer> componentCounts,
        Map<String, Double> systemNanos) {
    public static final String LIVE = "live";

    public Measurement {
        label = label == null ? LIVE : label;
        componentCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(componentCounts));
        systemNanos = java.util.Collections.unmodifiableMap(new TreeMap<>(systemNanos));
    }

    /** Whether this measures the world's own mix of entities (a point of the entity-count curve). */
    public boolean isMix() {
        return !label.startsWith("kind:");
    }

    public double frameMillis() {
        return frameNanos / 1e6;
    }
}
