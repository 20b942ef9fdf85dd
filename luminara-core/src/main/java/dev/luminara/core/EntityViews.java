package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.EntityAllocator;
import dev.luminara.core.internal.Storage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whole-entity views of a world's tables, built as fresh lists for tools, scenes and error messages rather than for
 * per-frame loops. Callers check that the entity is alive.
 */
final class EntityViews {
    private final ComponentRegistry registry;
    private final Storage storage;

    EntityViews(ComponentRegistry registry, Storage storage) {
        this.registry = registry;
        this.storage = storage;
    }

    /** Live entities in index order. */
    List<Entity> entities() {
        EntityAllocator alloc = storage.entities();
        List<Entity> out = new ArrayList<>(alloc.alive());
        for (int i = 0; i < alloc.highWater(); i++) {
            if (alloc.archetypeOf(i) >= 0) out.add(alloc.entityAt(i));
        }
        return out;
    }

    /** All components of {@code e}, in component-id order. */
    List<Record> components(Entity e) {
        Archetype a = archetypeOf(e);
        int row = storage.entities().rowOf(e.index());
        List<Record> out = new ArrayList<>(a.typeIds().length);
        for (int i = 0; i < a.typeIds().length; i++) {
            out.add((Record) a.columnAt(i).get(row));
        }
        return out;
    }

    /** The names of {@code e}'s component types, sorted and comma-separated (for messages). */
    String componentNames(Entity e) {
        return Arrays.stream(archetypeOf(e).typeIds())
                .mapToObj(id -> registry.byId(id).name())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private Archetype archetypeOf(Entity e) {
        return storage.archetype(storage.entities().archetypeOf(e.index()));
    }
}
