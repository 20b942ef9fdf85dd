package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.RemovalLog;
import dev.luminara.core.internal.Storage;
import java.util.Arrays;

/**
 * The table side of World's structural changes: placing an entity's components in an archetype, moving it to another
 * when a component is added or removed, and taking it out, with added ticks and the removal log kept in step. World
 * validates first (the entity is alive, no query is iterating); nothing here checks.
 */
final class StructuralChanges {
    private final ComponentRegistry registry;
    private final Storage storage;

    StructuralChanges(ComponentRegistry registry, Storage storage) {
        this.registry = registry;
        this.storage = storage;
    }

    /** Stores the components in the archetype of their types; of two components of one type, the later wins. */
    void place(Entity e, Record[] components, long tick) {
        int[] ids = new int[components.length];
        Record[] values = new Record[components.length];
        int n = 0;
        for (Record c : components) {
            // insertion into sorted order: spawn is hot and component lists are short
            int id = registry.of(c.getClass()).id();
            int at = n;
            while (at > 0 && ids[at - 1] > id) at--;
            if (at > 0 && ids[at - 1] == id) {
                values[at - 1] = c;
                continue;
            }
            System.arraycopy(ids, at, ids, at + 1, n - at);
            System.arraycopy(values, at, values, at + 1, n - at);
            ids[at] = id;
            values[at] = c;
            n++;
        }
        Archetype a = storage.archetypeFor(n == ids.length ? ids : Arrays.copyOf(ids, n));
        int row = storage.insert(e.index(), a, tick);
        for (int i = 0; i < n; i++) {
            Column col = a.column(ids[i]);
            col.put(row, values[i]);
            col.markAdded(row, tick);
        }
    }

    /** Moves {@code e} from {@code from} to the archetype that also has {@code typeId}, storing {@code component}. */
    void add(Entity e, Archetype from, int typeId, Record component, long tick) {
        Archetype to = storage.withAdded(from, typeId);
        int row = storage.move(e.index(), to);
        Column target = to.column(typeId);
        target.put(row, component);
        target.markAdded(row, tick);
    }

    /** Moves {@code e} from {@code from} to the archetype without {@code typeId}, logging the removal. */
    void remove(Entity e, Archetype from, int typeId, long tick) {
        storage.move(e.index(), storage.withRemoved(from, typeId));
        storage.removals().add(e.index(), e.generation(), typeId, tick);
    }

    /** Takes {@code e} out of its table and frees its id, logging the despawn. */
    void despawn(Entity e, long tick) {
        storage.removals().add(e.index(), e.generation(), RemovalLog.DESPAWN, tick);
        storage.remove(e.index());
    }
}
