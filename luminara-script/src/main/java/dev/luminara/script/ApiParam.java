package dev.luminara.script;

import java.util.Objects;

/**
 * One parameter of an {@link ApiFunction}: name, type, what it means, an optional inclusive numeric range and, for an
 * optional parameter, the value used when it is left out. The verifier checks literal arguments against the range
 * statically; the bridge checks every call at run time.
 */
public record ApiParam(
        String name, ValueType type, String description, Double min, Double max, ScriptValue defaultValue) {
    public ApiParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("parameter " + name + ": min " + min + " > max " + max);
        }
    }

    public static ApiParam of(String name, ValueType type, String description) {
        return new ApiParam(name, type, description, null, null, null);
    }

    public static ApiParam ranged(String name, ValueType type, String description, double min, double max) {
        return new ApiParam(name, type, description, min, max, null);
    }

    /** This parameter made optional with a default. */
    public ApiParam withDefault(ScriptValue value) {
        return new ApiParam(name, type, description, min, max, Objects.requireNonNull(value, "value"));
    }

    public boolean optional() {
        return defaultValue != null;
    }

    public boolean hasRange() {
        return min != null || max != null;
    }
}
