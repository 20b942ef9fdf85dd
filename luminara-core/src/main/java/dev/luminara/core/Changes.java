package dev.luminara.core;

import java.util.List;

/**
 * What happened to a world after tick {@code since}. When {@code complete} is false, older history was dropped (the
 * removal log overflowed, or the world was restored from a snapshot) and the caller should resynchronise fully.
 */
public record Changes(
        long since,
        long until,
        List<Entity> spawned,
        List<Entity> despawned,
        List<ComponentChange> components,
        boolean complete) {
    public Changes {
        spawned = List.copyOf(spawned);
        despawned = List.copyOf(despawned);
        components = List.copyOf(components);
    }

    public boolean isEmpty() {
        return spawned.isEmpty() && despawned.isEmpty() && components.isEmpty();
    }
}
