package dev.luminara.ai.intent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.luminara.core.Entity;
import java.util.Objects;

/**
 * How an intent names an entity without knowing its id: by name, tag, component, a description, or as the nearest
 * of some kind to another reference. Resolution never guesses: when one entity is needed and several fit about as
 * well, it is an error listing the candidates with their scores.
 *
 * <p>JSON: {@code {"type": "Nearest", "to": {"type": "ByName", "name": "player"}, "withTag": "enemy"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EntityReference.ByName.class, name = "ByName"),
    @JsonSubTypes.Type(value = EntityReference.ById.class, name = "ById"),
    @JsonSubTypes.Type(value = EntityReference.ByTag.class, name = "ByTag"),
    @JsonSubTypes.Type(value = EntityReference.ByComponent.class, name = "ByComponent"),
    @JsonSubTypes.Type(value = EntityReference.Nearest.class, name = "Nearest"),
    @JsonSubTypes.Type(value = EntityReference.Semantic.class, name = "Semantic")
})
public sealed interface EntityReference {

    /** The entity whose Name is exactly {@code name}. */
    record ByName(String name) implements EntityReference {
        public ByName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A known id, e.g. {@code "12v0"}; it must be alive. */
    record ById(Entity id) implements EntityReference {
        public ById {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Entities whose Tags contain {@code tag}. */
    record ByTag(String tag) implements EntityReference {
        public ByTag {
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** Entities that have the component named {@code component}. */
    record ByComponent(String component) implements EntityReference {
        public ByComponent {
            Objects.requireNonNull(component, "component");
        }
    }

    /**
     * The entity nearest to {@code to}, optionally only among those with tag {@code withTag} and/or component
     * {@code withComponent}; {@code to} itself is never the answer.
     */
    record Nearest(EntityReference to, String withTag, String withComponent) implements EntityReference {
        public Nearest {
            Objects.requireNonNull(to, "to");
        }
    }

    /** The best match of a description in the semantic index ("the red enemy near the tower"). */
    record Semantic(String description) implements EntityReference {
        public Semantic {
            Objects.requireNonNull(description, "description");
        }
    }
}
