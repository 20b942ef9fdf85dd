package dev.luminara.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A generational entity id. The index names a slot; the generation tells apart the entities that have held that slot,
 * so a stale id is detected instead of silently aliasing a newer entity.
 *
 * <p>Written as {@code "12v3"} (index 12, generation 3) in JSON, logs and tools.
 */
public record Entity(int index, int generation) implements Comparable<Entity> {

    public Entity {
        if (index < 0 || generation < 0) {
            throw new IllegalArgumentException(
                    "entity index and generation must be >= 0, got " + index + "v" + generation);
        }
    }

    /** Parses {@code "12v3"}, or a bare index {@code "12"} meaning generation 0. */
    @JsonCreator
    public static Entity parse(String text) {
        String s = text.strip();
        int v = s.indexOf('v');
        try {
            if (v < 0) {
                return new Entity(Integer.parseInt(s), 0);
            }
            return new Entity(Integer.parseInt(s.substring(0, v)), Integer.parseInt(s.substring(v + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "not an entity id: '" + text + "' (expected like \"12v0\" or \"12\")", e);
        }
    }

    @JsonCreator
    public static Entity ofIndex(int index) {
        return new Entity(index, 0);
    }

    /** Both parts in one long, generation high: handy for WASM and Lua, which pass entities as numbers. */
    public long toBits() {
        return ((long) generation << 32) | (index & 0xFFFFFFFFL);
    }

    public static Entity fromBits(long bits) {
        return new Entity((int) bits, (int) (bits >>> 32));
    }

    @Override
    public int compareTo(Entity o) {
        int c = Integer.compare(index, o.index);
        return c != 0 ? c : Integer.compare(generation, o.generation);
    }

    @JsonValue
    @Override
    public String toString() {
        return index + "v" + generation;
    }
}
