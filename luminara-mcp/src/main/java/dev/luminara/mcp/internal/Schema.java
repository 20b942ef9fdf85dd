package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import java.util.List;
import java.util.Map;

/** A small builder for the JSON Schemas of tool inputs and outputs; short on purpose (tools/list is counted). */
public final class Schema {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    public static final String ENTITY = "entity id like 12v0, or a unique name";

    private final ObjectNode root = F.objectNode();
    private final ObjectNode properties = F.objectNode();
    private final ArrayNode required = F.arrayNode();
    private boolean closed = true;

    private Schema() {
        root.put("type", "object");
        root.set("properties", properties);
    }

    public static Schema object() {
        return new Schema();
    }

    /** Allows members the schema does not list (output schemas). */
    public Schema open() {
        closed = false;
        return this;
    }

    public Schema str(String name, String description, boolean req) {
        return prop(name, leaf("string", description), req);
    }

    public Schema str(String name, String description, int maxLength, boolean req) {
        ObjectNode p = leaf("string", description);
        p.put("minLength", 1).put("maxLength", maxLength);
        return prop(name, p, req);
    }

    public Schema pattern(String name, String description, String regex, boolean req) {
        ObjectNode p = leaf("string", description);
        p.put("pattern", regex);
        return prop(name, p, req);
    }

    public Schema enumOf(String name, String description, List<String> values, boolean req) {
        ObjectNode p = leaf("string", description);
        ArrayNode e = p.putArray("enum");
        values.forEach(e::add);
        return prop(name, p, req);
    }

    public Schema integer(String name, String description, long min, long max, boolean req) {
        ObjectNode p = leaf("integer", description);
        p.put("minimum", min).put("maximum", max);
        return prop(name, p, req);
    }

    public Schema bool(String name, String description) {
        return prop(name, leaf("boolean", description), false);
    }

    public Schema obj(String name, String description, boolean req) {
        return prop(name, leaf("object", description), req);
    }

    public Schema vec3(String name, String description, boolean req) {
        ObjectNode p = leaf("array", description);
        p.putObject("items").put("type", "number");
        p.put("minItems", 3).put("maxItems", 3);
        return prop(name, p, req);
    }

    public Schema array(String name, String description, ObjectNode items, int maxItems, boolean req) {
        ObjectNode p = leaf("array", description);
        p.set("items", items);
        p.put("maxItems", maxItems);
        return prop(name, p, req);
    }

    public Schema strings(String name, String description, int maxItems, boolean req) {
        return array(name, description, F.objectNode().put("type", "string"), maxItems, req);
    }

    public Schema raw(String name, ObjectNode schema, boolean req) {
        return prop(name, schema, req);
    }

    /** What a change answers with: the operation recorded and the timeline's head after it. */
    public static Schema operationOutput() {
        ObjectNode ids = F.objectNode().put("type", "array");
        ids.putObject("items").put("type", "string");
        return object().open()
                .raw("operation", type("integer"), true)
                .raw("head", type("integer"), true)
                .raw("created", ids, false);
    }

    /** What the simulation tools answer with. */
    public static Schema simOutput() {
        return object().open().raw("frame", type("integer"), true).raw("playing", type("boolean"), true);
    }

    public static ObjectNode type(String type) {
        return F.objectNode().put("type", type);
    }

    private static ObjectNode leaf(String type, String description) {
        ObjectNode p = F.objectNode().put("type", type);
        if (description != null) p.put("description", description);
        return p;
    }

    private Schema prop(String name, ObjectNode p, boolean req) {
        properties.set(name, p);
        if (req) required.add(name);
        return this;
    }

    public ObjectNode node() {
        ObjectNode copy = root.deepCopy();
        if (!required.isEmpty()) copy.set("required", required.deepCopy());
        if (closed) copy.put("additionalProperties", false);
        return copy;
    }

    public ObjectNode nodeOpen() {
        return open().node();
    }

    @SuppressWarnings("unchecked") // a JSON object converts to a map of string keys
    public Map<String, Object> map() {
        return Json.mapper().convertValue(node(), Map.class);
    }
}
