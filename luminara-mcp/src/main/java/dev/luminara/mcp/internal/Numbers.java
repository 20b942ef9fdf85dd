package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Numbers that become world data (component values, offsets, radii, counts) must be finite and of a size a game
 * world can hold: a distance of 1e308 would put NaN into every position and break search, digests and rendering.
 */
final class Numbers {
    static final double LIMIT = 1e6;

    private Numbers() {}

    /** Refuses NaN and infinities (which arithmetic on finite inputs can still produce), naming the path. */
    static void requireFinite(String field, JsonNode json) {
        if (json == null) return;
        if (json.isNumber() && !Double.isFinite(json.doubleValue())) {
            throw new InvalidArgumentException(field, "the change would make it " + json + " (not a finite number)");
        }
        if (json.isArray()) for (int i = 0; i < json.size(); i++) requireFinite(field + "[" + i + "]", json.get(i));
        if (json.isObject())
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                requireFinite(field + "." + e.getKey(), e.getValue());
            }
    }

    /** Refuses, naming the JSON path under {@code field}, any number that is not finite or beyond +-1e6. */
    static void check(String field, JsonNode json) {
        if (json == null) return;
        if (json.isNumber()) {
            double v = json.doubleValue();
            if (!Double.isFinite(v) || Math.abs(v) > LIMIT) {
                throw new InvalidArgumentException(field, "expected a finite number within +-1e6, got " + json);
            }
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) check(field + "[" + i + "]", json.get(i));
        } else if (json.isObject()) {
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                if (e.getKey().equals("seed")) continue; // any long is a fine seed
                check(field + "." + e.getKey(), e.getValue());
            }
        }
    }
}
