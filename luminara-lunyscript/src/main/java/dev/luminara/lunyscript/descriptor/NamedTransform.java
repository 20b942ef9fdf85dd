package dev.luminara.lunyscript.descriptor;

import java.util.Map;
import java.util.TreeMap;

/** {@code "ToVector3Forward"} or {@code {name = "Scale", factor = 45}}: settings are numbers, booleans or strings. */
public record NamedTransform(String name, Map<String, Object> config, Origin origin) implements TransformDef {
    public NamedTransform {
        config = new TreeMap<>(config);
    }

    /** A number setting, or {@code fallback} when absent. */
    public double number(String key, double fallback) {
        Object v = config.get(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    @Override
    public String describe() {
        return config.isEmpty() ? name : name + config;
    }
}
