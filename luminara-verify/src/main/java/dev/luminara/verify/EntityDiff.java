package dev.luminara.verify;

import dev.luminara.core.Entity;
import java.util.List;

/** An entity the script would create, modify or destroy, with its component differences. */
public record EntityDiff(Entity entity, String name, List<ComponentDiff> components) {
    public EntityDiff {
        components = List.copyOf(components);
    }
}
