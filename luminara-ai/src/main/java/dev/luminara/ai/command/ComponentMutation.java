package dev.luminara.ai.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A change to some fields of a component, checked against its schema like any component value. Paths are dotted
 * ({@code position.y}); vector members are {@code x}, {@code y}, {@code z}, {@code w} (colours {@code r g b a}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ComponentMutation.SetField.class, name = "SetField"),
    @JsonSubTypes.Type(value = ComponentMutation.Merge.class, name = "Merge"),
    @JsonSubTypes.Type(value = ComponentMutation.AddToField.class, name = "AddToField"),
    @JsonSubTypes.Type(value = ComponentMutation.ScaleField.class, name = "ScaleField")
})
public sealed interface ComponentMutation {

    /** {@code {"type": "SetField", "path": "color", "value": "red"}} */
    record SetField(String path, JsonNode value) implements ComponentMutation {
        public SetField {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            value = value.deepCopy();
        }
    }

    /** A JSON merge patch: nested objects merge, other members replace. {@code {"type": "Merge", "patch": {...}}} */
    record Merge(ObjectNode patch) implements ComponentMutation {
        public Merge {
            Objects.requireNonNull(patch, "patch");
            patch = patch.deepCopy();
        }
    }

    /** Adds a number to a number field, or a vector ({@code [0, 2, 0]}) or a number to every member of a vector. */
    record AddToField(String path, JsonNode delta) implements ComponentMutation {
        public AddToField {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(delta, "delta");
            delta = delta.deepCopy();
        }
    }

    /** Multiplies a number field, or every member of a vector field, by {@code factor}. */
    record ScaleField(String path, double factor) implements ComponentMutation {
        public ScaleField {
            Objects.requireNonNull(path, "path");
        }
    }
}
