package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.EntityAllocator;
import dev.luminara.core.internal.RemovalLog;
import dev.luminara.core.internal.Storage;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Changes} from per-row ticks, spawn ticks and the removal log. */
final class ChangeScanner {
    private ChangeScanner() {}

    static Changes scan(World world, long since) {
        Storage storage = world.storage();
        EntityAllocator alloc = storage.entities();
        ComponentRegistry registry = world.components();
        List<Entity> spawned = new ArrayList<>();
        List<Entity> despawned = new ArrayList<>();
        List<ComponentChange> changes = new ArrayList<>();
        for (Archetype a : storage.archetypes()) {
            int[] typeIds = a.typeIds();
            for (int row = 0; row < a.size(); row++) {
                int index = a.entityIndex(row);
                Entity e = alloc.entityAt(index);
                if (storage.spawnTick(index) > since) {
                    spawned.add(e);
                }
                for (int c = 0; c < typeIds.length; c++) {
                    Column col = a.columnAt(c);
                    String name = registry.byId(typeIds[c]).name();
                    if (col.addedTick(row) > since) {
                        changes.add(new ComponentChange(e, name, ChangeKind.ADDED, col.addedTick(row)));
                    } else if (col.changedTick(row) > since) {
                        changes.add(new ComponentChange(e, name, ChangeKind.CHANGED, col.changedTick(row)));
                    }
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
