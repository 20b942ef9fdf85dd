package dev.luminara.ai.change;

import dev.luminara.core.Entity;
import java.util.List;

/** What happened to one entity: spawned, despawned, or some of its components changed. */
public record EntityChange(Entity entity, String name, Kind kind, List<ComponentDelta> components) {
    public EntityChange {
        components = List.copyOf(components);
    }

    public enum Kind {
        SPAWNED,
        DESPAWNED,
        CHANGED
    }
}
