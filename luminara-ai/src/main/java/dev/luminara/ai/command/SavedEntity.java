package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.Entity;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** An entity as it was: its id and every component by name, in scene-form JSON. */
public record SavedEntity(Entity id, Map<String, ObjectNode> components) {
    public SavedEntity {
        Objects.requireNonNull(id, "id");
        TreeMap<String, ObjectNode> copy = new TreeMap<>();
        if (components != null) components.forEach((k, v) -> copy.put(k, v.deepCopy()));
        components = Collections.unmodifiableMap(copy);
    }
}
