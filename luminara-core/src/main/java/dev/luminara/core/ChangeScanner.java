package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.EntityAllocator;
import dev.luminara.core.internal.RemovalLog;
import dev.luminara.core.internal.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Changes} from per-row ticks, spawn ticks and the removal log. Rows with nothing newer than
 * {@code since} allocate nothing, and a table whose newest spawn and column ticks are not after {@code since} is
 * skipped unread (the verifier scans a 10,000-entity fork per verification, where a few tables changed).
 */
final class ChangeScanner {
    private ChangeScanner() {}

    static Changes scan(World world, long since) {
        return scan(world, since, true);
    }

    /** @param skipUnchanged false reads every row (the reference a property test holds the skipping scan to) */
    static Changes scan(World world, long since, boolean skipUnchanged) {
        Storage storage = world.storage();
        EntityAllocator alloc = storage.entities();
        ComponentRegistry registry = world.components();
        List<Entity> spawned = new ArrayList<>();
        List<Entity> despawned = new ArrayList<>();
        List<ComponentChange> changes = new ArrayList<>();
        for (Archetype a : storage.archetypes()) {
            int size = a.size();
            if (size == 0 || skipUnchanged && a.unchangedSince(since)) {
                continue;
            }
            int[] typeIds = a.typeIds();
            for (int row = 0; row < size; row++) {
                int index = a.entityIndex(row);
                Entity e = null;
                if (storage.spawnTick(index) > since) {
                    e = alloc.entityAt(index);
                    spawned.add(e);
                }
                for (int c = 0; c < typeIds.length; c++) {
                    Column col = a.columnAt(c);
                    long added = col.addedTick(row);
                    ChangeKind kind;
                    long tick;
                    if (added > since) {
                        kind = ChangeKind.ADDED;
                        tick = added;
                    } else {
                        long changed = col.changedTick(row);
                        if (changed <= since) {
                            continue;
                        }
                        kind = ChangeKind.CHANGED;
                        tick = changed;
                    }
                    if (e == null) {
                        e = alloc.entityAt(index);
                    }
                    changes.add(new ComponentChange(e, registry.byId(typeIds[c]).name(), kind, tick));
                }
            }
        }
        storage.removals().forEachSince(since, (index, generation, typeId, tick) -> {
            Entity e = new Entity(index, generation);
            if (typeId == RemovalLog.DESPAWN) {
                despawned.add(e);
            } else {
                changes.add(new ComponentChange(e, registry.byId(typeId).name(), ChangeKind.REMOVED, tick));
            }
        });
        spawned.sort(null);
        changes.sort((x, y) -> {
            int c = x.entity().compareTo(y.entity());
            return c != 0 ? c : Long.compare(x.tick(), y.tick());
        });
        return new Changes(since, world.tick(), spawned, despawned, changes, world.changesCompleteSince(since));
    }
}
