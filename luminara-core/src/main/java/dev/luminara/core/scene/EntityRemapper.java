package dev.luminara.core.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.core.schema.FieldSchema;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the entity references inside a component (fields typed entity, list/set of entity, map to entity, at any
 * depth) through an id map, using the component's schema to find them. Ids not in the map are left as they are.
 */
final class EntityRemapper {
    private EntityRemapper() {}

    static <T extends Record> T remap(ComponentType<T> type, T value, Map<Entity, Entity> ids) {
        if (!refersToEntities(type.schema().fields())) return value;
        ObjectNode json = ComponentJson.toJson(value);
        rewrite(json, type.schema().fields(), ids);
        return ComponentJson.fromJson(type.type(), type.schema(), json);
    }

    private static boolean refersToEntities(List<FieldSchema> fields) {
        for (FieldSchema f : fields) {
            if (f.typeName().contains("entity") || refersToEntities(f.fields())) return true;
        }
        return false;
    }

    private static void rewrite(ObjectNode json, List<FieldSchema> fields, Map<Entity, Entity> ids) {
        for (FieldSchema f : fields) {
            JsonNode value = json.get(f.name());
            if (value == null) continue;
            if (!f.fields().isEmpty() && value instanceof ObjectNode nested) {
                rewrite(nested, f.fields(), ids);
            } else if (f.typeName().equals("entity")) {
                json.set(f.name(), mapped(value, ids));
            } else if (f.typeName().endsWith("<entity>") && value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) array.set(i, mapped(array.get(i), ids));
            } else if (f.typeName().endsWith(",entity>") && value instanceof ObjectNode map) {
                map.properties().forEach(e -> e.setValue(mapped(e.getValue(), ids)));
            }
        }
    }

    private static JsonNode mapped(JsonNode value, Map<Entity, Entity> ids) {
        if (!value.isTextual()) return value;
        Entity to = ids.get(Entity.parse(value.asText()));
        return to == null ? value : TextNode.valueOf(to.toString());
    }
}
