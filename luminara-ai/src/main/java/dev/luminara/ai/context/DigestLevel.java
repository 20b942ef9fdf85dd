package dev.luminara.ai.context;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.luminara.core.Entity;
import java.util.Objects;

/**
 * How much of the world a digest shows. As a request: only the summary (~500 tokens), a catalog line per relevant
 * entity (~2,000), details chosen by a query (~5,000), or one entity in full with its surroundings (~1,000). On an
 * {@link EntityDigest} it says how that entity was shown: a catalog line, its detail, or in full.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DigestLevel.WorldSummary.class, name = "WorldSummary"),
    @JsonSubTypes.Type(value = DigestLevel.EntityCatalog.class, name = "EntityCatalog"),
    @JsonSubTypes.Type(value = DigestLevel.EntityDetail.class, name = "EntityDetail"),
    @JsonSubTypes.Type(value = DigestLevel.FullEntity.class, name = "FullEntity")
})
public sealed interface DigestLevel {

    /** Counts, kinds, tags and extent of the world; no entities. */
    record WorldSummary() implements DigestLevel {}

    /** One line per entity: id, name, tags, position, components. */
    record EntityCatalog() implements DigestLevel {}

    /** Entities relevant to {@code query} with their component values (fields at their defaults left out). */
    record EntityDetail(String query) implements DigestLevel {
        public EntityDetail {
            query = query == null ? "" : query;
        }
    }

    /** One entity with every component and field, and the entities around it. */
    record FullEntity(Entity entity) implements DigestLevel {
        public FullEntity {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** The budget a level is designed for, used when a request gives none. */
    static int nominalTokens(DigestLevel level) {
        if (level instanceof WorldSummary) return 500;
        if (level instanceof EntityCatalog) return 2_000;
        if (level instanceof EntityDetail) return 5_000;
        if (level instanceof FullEntity) return 1_000;
        throw new IllegalStateException("unhandled level " + level.getClass().getSimpleName());
    }
}
