package dev.luminara.core.scene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.core.schema.Schemas;

/**
 * Writes a scene in its canonical form: keys {@code format}, {@code name}, {@code entities}; entities in id order,
 * each as {@code {"id": "3v0", "components": {...}}}; components by name; fields in record order; number arrays on one
 * line ({@link Json#pretty()}). Writing the same world twice gives the same bytes.
 */
final class SceneWriter {
    private SceneWriter() {}

    static ObjectNode toJson(Scene scene) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", Scene.FORMAT);
        root.put("name", scene.name());
        ArrayNode entities = root.putArray("entities");
        for (SceneEntity e : scene.entities()) {
            ObjectNode node = entities.addObject();
            node.put("id", e.id().toString());
            ObjectNode components = node.putObject("components");
            for (Record c : e.components()) {
                components.set(Schemas.nameOf(c.getClass()), ComponentJson.toJson(c));
            }
        }
        return root;
    }

    static String write(Scene scene) {
        try {
            return Json.pretty().writeValueAsString(toJson(scene)) + "\n";
        } catch (JsonProcessingException e) {
            throw new SceneException(scene.name(), -1, -1, null, null, null, "cannot write: " + e.getOriginalMessage());
        }
    }
}
