package dev.luminara.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One field of a component. {@code typeName} is one of: float, double, int, long, bool, string, entity, vec3, quat,
 * color, enum, list&lt;T&gt;, set&lt;T&gt;, map&lt;string,T&gt; or object (with nested {@code fields}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldSchema(
        String name,
        String typeName,
        String description,
        JsonNode defaultValue,
        FieldConstraints constraints,
        List<FieldSchema> fields) {
    public FieldSchema {
        constraints = constraints == null ? FieldConstraints.NONE : constraints;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean required() {
        return defaultValue == null;
    }
}
