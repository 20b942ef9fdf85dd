package dev.luminara.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ScriptValue} to and from JSON, in the same forms scene files use: entities as {@code "12v3"}, vectors as
 * {@code [x, y, z]}. Used for component access from scripts, for WASM's list/map arguments and for saved state.
 */
public final class ScriptJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScriptJson() {}

    public static JsonNode toJson(ScriptValue v) {
        if (v instanceof ScriptValue.Nil) return NODES.nullNode();
        if (v instanceof ScriptValue.Bool b) return NODES.booleanNode(b.value());
        if (v instanceof ScriptValue.Number n) {
            double d = n.value();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
        }
        if (v instanceof ScriptValue.Text t) return NODES.textNode(t.value());
        if (v instanceof ScriptValue.EntityRef e)
            return NODES.textNode(e.entity().toString());
        if (v instanceof ScriptValue.Vector vec) {
            ArrayNode a = NODES.arrayNode();
            a.add(vec.value().x()).add(vec.value().y()).add(vec.value().z());
            return a;
        }
        if (v instanceof ScriptValue.ListValue l) {
            ArrayNode a = NODES.arrayNode();
            l.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        if (v instanceof ScriptValue.MapValue m) {
            ObjectNode o = NODES.objectNode();
            m.entries().forEach((k, i) -> o.set(k, toJson(i)));
            return o;
        }
        throw new IllegalStateException("unhandled ScriptValue " + v);
    }

    public static ScriptValue fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return ScriptValue.NIL;
        if (node.isBoolean()) return ScriptValue.of(node.booleanValue());
        if (node.isNumber()) return ScriptValue.of(node.doubleValue());
        if (node.isTextual()) return ScriptValue.of(node.textValue());
        if (node.isArray()) {
            List<ScriptValue> items = new ArrayList<>(node.size());
            node.forEach(n -> items.add(fromJson(n)));
            return ScriptValue.list(items);
        }
        if (node.isObject()) {
            Map<String, ScriptValue> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                m.put(e.getKey(), fromJson(e.getValue()));
            }
            return ScriptValue.map(m);
        }
        return ScriptValue.of(node.asText());
    }

    public static String write(ScriptValue v) {
        try {
            return Json.mapper().writeValueAsString(toJson(v));
        } catch (JsonProcessingException e) {
            throw new ScriptException("cannot write script value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static ScriptValue read(String json) {
        try {
            return fromJson(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new ApiCallException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
