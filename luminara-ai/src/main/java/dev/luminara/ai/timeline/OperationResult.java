package dev.luminara.ai.timeline;

import dev.luminara.ai.command.EngineCommand;
import dev.luminara.core.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The entities an operation created, modified and destroyed (script changes are not entities). */
public record OperationResult(
        List<Entity> entitiesCreated, List<Entity> entitiesModified, List<Entity> entitiesDestroyed) {
    public OperationResult {
        entitiesCreated = List.copyOf(entitiesCreated);
        entitiesModified = List.copyOf(entitiesModified);
        entitiesDestroyed = List.copyOf(entitiesDestroyed);
    }

    static OperationResult of(List<EngineCommand> commands) {
        TreeSet<Entity> created = new TreeSet<>(), modified = new TreeSet<>(), destroyed = new TreeSet<>();
        for (EngineCommand c : commands) {
            if (c instanceof EngineCommand.SpawnEntity s && s.entity() != null) {
                created.add(s.entity());
            } else if (c instanceof EngineCommand.RestoreEntities r) {
                r.entities().forEach(e -> created.add(e.id()));
            } else if (c instanceof EngineCommand.DestroyEntity d) {
                destroyed.add(d.entity());
            } else if (c instanceof EngineCommand.AddComponent a) {
                modified.add(a.entity());
            } else if (c instanceof EngineCommand.RemoveComponent r) {
                modified.add(r.entity());
            } else if (c instanceof EngineCommand.ModifyComponent m) {
                modified.add(m.entity());
            } else if (c instanceof EngineCommand.SetParent p) {
                modified.add(p.entity());
            }
        }
        modified.removeAll(created);
        modified.removeAll(destroyed);
        return new OperationResult(new ArrayList<>(created), new ArrayList<>(modified), new ArrayList<>(destroyed));
    }
}
