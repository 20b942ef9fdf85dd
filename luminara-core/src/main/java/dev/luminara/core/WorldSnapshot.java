package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.EntityAllocator;
import dev.luminara.core.internal.Storage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A frozen copy of a world's entities, components and resources. Taking one copies column arrays (component values are
 * immutable records or primitives, so nothing deeper is copied); restoring copies them back, so a snapshot can be
 * restored any number of times.
 */
public final class WorldSnapshot {
    private final ComponentRegistry registry;
    private final int registrySize;
    private final Storage storage;
    private final Map<Object, Object> resources;
    private final long tick;

    WorldSnapshot(
            ComponentRegistry registry, int registrySize, Storage storage, Map<Object, Object> resources, long tick) {
        this.registry = registry;
        this.registrySize = registrySize;
        this.storage = storage;
        this.resources = resources;
        this.tick = tick;
    }

    ComponentRegistry registry() {
        return registry;
    }

    int registrySize() {
        return registrySize;
    }

    Storage storage() {
        return storage;
    }

    Map<Object, Object> resources() {
        return Collections.unmodifiableMap(resources);
    }

    public long tick() {
        return tick;
    }

    public int entityCount() {
        return storage.entities().alive();
    }

    public List<Entity> entities() {
        EntityAllocator alloc = storage.entities();
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < alloc.highWater(); i++) {
            if (alloc.archetypeOf(i) >= 0) out.add(alloc.entityAt(i));
        }
        return out;
    }

    public boolean contains(Entity e) {
        return storage.entities().isAlive(e);
    }

    /** The entity's components in component-id order, or an empty list if it is not in the snapshot. */
    public List<Record> components(Entity e) {
        if (!contains(e)) return List.of();
        EntityAllocator alloc = storage.entities();
        Archetype a = storage.archetype(alloc.archetypeOf(e.index()));
        int row = alloc.rowOf(e.index());
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < a.typeIds().length; i++) {
            out.add((Record) a.columnAt(i).get(row));
        }
        return out;
    }

    public <T extends Record> Optional<T> get(Entity e, Class<T> type) {
        if (!contains(e)) return Optional.empty();
        EntityAllocator alloc = storage.entities();
        var column = storage.archetype(alloc.archetypeOf(e.index()))
                .column(registry.of(type).id());
        return column == null ? Optional.empty() : Optional.of(type.cast(column.get(alloc.rowOf(e.index()))));
    }

    /** Resources that are values (records and other non-service objects), for comparison. */
    public <R> Optional<R> resource(Class<R> type) {
        return Optional.ofNullable(type.cast(resources.get(type)));
    }

    /**
     * Whether two snapshots hold the same entities (same ids) with equal components and equal record resources. Ticks
     * and storage layout are not compared.
     */
    public boolean sameContent(WorldSnapshot other) {
        List<Entity> mine = entities();
        if (!mine.equals(other.entities())) return false;
        for (Entity e : mine) {
            if (!sortedByClass(components(e)).equals(sortedByClass(other.components(e)))) return false;
        }
        for (var entry : resources.entrySet()) {
            if (entry.getValue() instanceof Record
                    && !Objects.equals(entry.getValue(), other.resources.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static List<Record> sortedByClass(List<Record> records) {
        List<Record> copy = new ArrayList<>(records);
        copy.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return copy;
    }

    /** A new world holding this snapshot's state. */
    public World toWorld() {
        return World.fromSnapshot(this);
    }
}
