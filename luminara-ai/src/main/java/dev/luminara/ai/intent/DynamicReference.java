package dev.luminara.ai.intent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A behaviour parameter: a literal value, or an entity (its id) or position resolved when the intent is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DynamicReference.Literal.class, name = "Literal"),
    @JsonSubTypes.Type(value = DynamicReference.EntityOf.class, name = "EntityOf"),
    @JsonSubTypes.Type(value = DynamicReference.PositionOf.class, name = "PositionOf")
})
public sealed interface DynamicReference {

    /** {@code {"type": "Literal", "value": 2.5}}: a number, string, boolean or [x, y, z]. */
    record Literal(JsonNode value) implements DynamicReference {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The entity a reference resolves to, e.g. a target to follow; scripts get its (unique) name. */
    record EntityOf(EntityReference entity) implements DynamicReference {
        public EntityOf {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** The world position of the entity a reference resolves to, as it is when the intent is resolved. */
    record PositionOf(EntityReference entity) implements DynamicReference {
        public PositionOf {
            Objects.requireNonNull(entity, "entity");
        }
    }
}
