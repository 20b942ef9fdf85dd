package dev.luminara.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What an agent or tool can learn about a component type without reading its source. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ComponentSchema(
        String name,
        String description,
        String category,
        List<FieldSchema> fields,
        List<JsonNode> examples,
        List<String> commonlyPairedWith) {
    public ComponentSchema {
        fields = List.copyOf(fields);
        examples = List.copyOf(examples);
        commonlyPairedWith = List.copyOf(commonlyPairedWith);
    }

    /** The same schema with a different paired-with list (the AI layer derives it from what co-occurs). */
    public ComponentSchema withPairedWith(List<String> pairedWith) {
        return new ComponentSchema(name, description, category, fields, examples, pairedWith);
    }

    public FieldSchema field(String fieldName) {
        return fields.stream()
                .filter(f -> f.name().equals(fieldName))
                .findFirst()
                .orElse(null);
    }
}
