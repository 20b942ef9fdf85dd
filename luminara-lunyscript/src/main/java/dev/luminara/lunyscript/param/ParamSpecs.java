package dev.luminara.lunyscript.param;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import java.util.List;

/** Builds {@link ParamSpec}s from descriptor parameters, and JSON Schemas for whole verbs. */
public final class ParamSpecs {
    private ParamSpecs() {}

    public static ParamSpec of(ParamDef def) {
        String type = def.type();
        switch (ParamDef.canonicalType(type)) {
            case "number":
                return new NumberParamSpec(
                        def.name(),
                        def.min() == null ? Double.NEGATIVE_INFINITY : def.min(),
                        def.max() == null ? Double.POSITIVE_INFINITY : def.max(),
                        def.defaultValue() instanceof Double d
                                ? d
                                : def.min() != null && def.min() > 0 ? def.min() : 0.0,
                        def.required(),
                        type.equals("int") || type.equals("integer"));
            case "bool":
                return new BoolParamSpec(def.name(), Boolean.TRUE.equals(def.defaultValue()), def.required());
            case "string":
                return new StringParamSpec(
                        def.name(),
                        def.defaultValue() == null ? "" : def.defaultValue().toString(),
                        def.allowed(),
                        def.required());
            default:
                return new ObjectParamSpec(
                        def.name(), type.isEmpty() ? "object" : type, def.defaultValue(), def.required());
        }
    }

    public static List<ParamSpec> of(Semantic semantic) {
        return semantic.params().stream().map(ParamSpecs::of).toList();
    }

    /**
     * The JSON Schema of a verb's arguments as one object, keyed by parameter name: what an MCP tool for the verb takes
     * as {@code inputSchema}.
     */
    public static ObjectNode jsonSchema(Semantic semantic) {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", semantic.qualifiedName());
        if (!semantic.description().isEmpty()) schema.put("description", semantic.description());
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = Json.mapper().createArrayNode();
        for (ParamDef p : semantic.params()) {
            ParamSpec spec = of(p);
            props.set(p.name(), spec.jsonSchema());
            if (spec.required()) required.add(p.name());
        }
        if (!required.isEmpty()) schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }
}
