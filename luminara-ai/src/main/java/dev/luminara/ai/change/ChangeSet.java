package dev.luminara.ai.change;

import java.util.List;

/**
 * Changes to a world between two versions, entity by entity, in entity order. {@code complete == false} means some
 * history was lost (the world was restored from a snapshot, or its removal log overflowed) and a caller should look
 * at the world afresh; {@code fieldLevel} says whether old values were available for field differences.
 */
public record ChangeSet(
        WorldVersion since, WorldVersion until, boolean complete, boolean fieldLevel, List<EntityChange> entities) {
    public ChangeSet {
        entities = List.copyOf(entities);
    }

    public boolean isEmpty() {
        return entities.isEmpty();
    }

    public long count(EntityChange.Kind kind) {
        return entities.stream().filter(e -> e.kind() == kind).count();
    }
}
