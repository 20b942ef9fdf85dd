package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.ComponentValues;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.core.ComponentChange;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.script.ScriptValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Engine commands that take a world to the state of a changed copy of it (from the copy's change ticks). */
final class WorldDiff {
    /** Derived or hierarchy components: never written directly. */
    private static final Set<String> SKIPPED = Set.of("GlobalTransform", "Children", "Parent");

    record Result(List<EngineCommand> commands, ScriptValue result) {}

    private WorldDiff() {}

    static Result between(World original, World copy, long since, ScriptValue result) {
        var changes = copy.changesSince(since);
        List<EngineCommand> out = new ArrayList<>();
        Set<Entity> despawned = new LinkedHashSet<>(changes.despawned());
        for (Entity e : changes.spawned()) {
            if (!copy.isAlive(e)) continue;
            throw new InvalidArgumentException("verb", "verbs that spawn entities are not supported from verb_call");
        }
        Map<Entity, Set<String>> touched = new LinkedHashMap<>();
        for (ComponentChange c : changes.components()) {
            if (despawned.contains(c.entity()) || SKIPPED.contains(c.component())) continue;
            touched.computeIfAbsent(c.entity(), k -> new LinkedHashSet<>()).add(c.component());
        }
        touched.forEach((e, components) -> {
            if (!original.isAlive(e) || !copy.isAlive(e)) return;
            for (String name : components) {
                Optional<Record> before = ComponentValues.find(original, e, name);
                Optional<Record> after = ComponentValues.find(copy, e, name);
                if (after.isPresent()) {
                    ObjectNode value = ComponentValues.toJson(after.get());
                    if (before.isEmpty()
                            || !ComponentValues.toJson(before.get()).equals(value)) {
                        out.add(new EngineCommand.AddComponent(e, name, value));
                    }
                } else if (before.isPresent()) {
                    out.add(new EngineCommand.RemoveComponent(e, name));
                }
            }
        });
        for (Entity e : despawned) {
            if (original.isAlive(e)) out.add(new EngineCommand.DestroyEntity(e));
        }
        return new Result(out, result == null ? ScriptValue.NIL : result);
    }
}
