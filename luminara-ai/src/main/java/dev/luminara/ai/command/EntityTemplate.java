package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a new entity is made of: an optional name and tags (shorthand for the Name and Tags components) and components
 * by name with scene-form JSON values, e.g. {@code {"name": "crate", "tags": ["pickup"], "components": {"MeshShape":
 * {"kind": "BOX", "color": "brown"}}}}. Fields left out of a component take their schema defaults.
 */
public record EntityTemplate(String name, List<String> tags, Map<String, ObjectNode> components) {
    public static final EntityTemplate EMPTY = new EntityTemplate(null, List.of(), Map.of());

    public EntityTemplate {
        tags = tags == null ? List.of() : List.copyOf(tags);
        TreeMap<String, ObjectNode> copy = new TreeMap<>();
        if (components != null) components.forEach((k, v) -> copy.put(k, v == null ? null : v.deepCopy()));
        components = java.util.Collections.unmodifiableMap(copy);
    }

    public EntityTemplate withName(String newName) {
        return new EntityTemplate(newName, tags, components);
    }
}
