package dev.luminara.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** A deferred change to a world, queued with {@link Commands} and applied in order at the next sync point. */
public sealed interface WorldCommand {

    /** Spawns an entity whose id was reserved when the command was queued. */
    record Spawn(Entity entity, List<Record> components) implements WorldCommand {
        public Spawn {
            components = List.copyOf(components);
        }
    }

    record Despawn(Entity entity) implements WorldCommand {}

    /** Adds the component, or replaces the one of the same type. */
    record Insert(Entity entity, Record component) implements WorldCommand {
        public Insert {
            Objects.requireNonNull(component, "component");
        }
    }

    record Remove(Entity entity, Class<? extends Record> type) implements WorldCommand {}

    /** Attaches {@code child} to {@code parent}, or detaches it when {@code parent} is null. */
    record SetParent(Entity child, Entity parent) implements WorldCommand {}

    record InsertResource(Object resource) implements WorldCommand {}

    record RemoveResource(Class<?> type) implements WorldCommand {}

    /** An arbitrary change, for plugins whose changes are not one of the above. */
    record Run(String description, Consumer<World> action) implements WorldCommand {}
}
