package dev.luminara.script.internal;

import dev.luminara.core.Entity;
import java.util.Arrays;

/**
 * A map from live entities to values, stored by entity index with the generation checked on lookup: what the script
 * host looks up for every scripted entity every frame, without hashing an {@link Entity} record.
 */
public final class EntityMap<V> {
    private Object[] values = new Object[64];
    private int[] generations = new int[64];

    /** The value for {@code e}, or null (also for an older or newer generation at the same index). */
    @SuppressWarnings("unchecked")
    public V get(Entity e) {
        int i = e.index();
        if (i < 0 || i >= values.length || generations[i] != e.generation()) return null;
        return (V) values[i];
    }

    public void put(Entity e, V value) {
        int i = e.index();
        if (i >= values.length) {
            int n = Math.max(i + 1, values.length * 2);
            values = Arrays.copyOf(values, n);
            generations = Arrays.copyOf(generations, n);
        }
        values[i] = value;
        generations[i] = e.generation();
    }

    /** Removes {@code e}'s value, if it is the one stored at its index. */
    public void remove(Entity e) {
        int i = e.index();
        if (i >= 0 && i < values.length && generations[i] == e.generation()) values[i] = null;
    }
}
