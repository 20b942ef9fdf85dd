package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.ComponentRegistry;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.core.schema.Schemas;
import java.util.Optional;

/**
 * Component values by name, through their schemas: what lets commands, intents and the timeline speak JSON while the
 * world stores records. Errors name the entity and component.
 */
public final class ComponentValues {
    private ComponentValues() {}

    /** The record a JSON value stands for, checked against the schema (defaults filled, ranges checked). */
    public static Record toRecord(ComponentRegistry registry, String component, JsonNode json) {
        ComponentType<?> type = registry.byName(component);
        return ComponentJson.fromJson(type.type(), type.schema(), json == null ? emptyObject() : json);
    }

    public static ObjectNode toJson(Record value) {
        return ComponentJson.toJson(value);
    }

    public static String nameOf(Record value) {
        return Schemas.nameOf(value.getClass());
    }

    /** The entity's component of that name, if it has one. */
    public static Optional<Record> find(World world, Entity entity, String component) {
        ComponentType<?> type = world.components().byName(component);
        return world.find(entity, type.type()).map(r -> (Record) r);
    }

    /** Applies a mutation to a value; the result passed the same checks as any component value. */
    public static Record mutate(ComponentType<?> type, Record value, ComponentMutation mutation) {
        return Mutations.apply(type, value, mutation);
    }

    private static ObjectNode emptyObject() {
        return dev.luminara.core.json.Json.mapper().createObjectNode();
    }
}
