package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.MissingComponentException;
import dev.luminara.core.World;
import dev.luminara.core.WorldCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Add, remove and modify one component of one entity. */
final class ComponentCommands {
    private final World world;
    private final WorldQueue queue;

    ComponentCommands(World world, WorldQueue queue) {
        this.world = world;
        this.queue = queue;
    }

    AppliedCommand add(EngineCommand.AddComponent a) {
        Entity e = a.entity();
        world.requireAlive(e);
        refuseHierarchy("AddComponent", a.component());
        Record value = ComponentValues.toRecord(world.components(), a.component(), a.value());
        Optional<Record> old = ComponentValues.find(world, e, a.component());
        queue.run("AddComponent " + a.component() + " to " + e, new WorldCommand.Insert(e, value));
        EngineCommand inverse = old.<EngineCommand>map(
                        r -> new EngineCommand.AddComponent(e, a.component(), ComponentValues.toJson(r)))
                .orElseGet(() -> new EngineCommand.RemoveComponent(e, a.component()));
        return new AppliedCommand(a, inverse);
    }

    AppliedCommand remove(EngineCommand.RemoveComponent r) {
        Entity e = r.entity();
        world.requireAlive(e);
        refuseHierarchy("RemoveComponent", r.component());
        ComponentType<?> type = world.components().byName(r.component());
        Record old = existing(e, type);
        queue.run("RemoveComponent " + r.component() + " from " + e, new WorldCommand.Remove(e, type.type()));
        return new AppliedCommand(r, new EngineCommand.AddComponent(e, r.component(), ComponentValues.toJson(old)));
    }

    AppliedCommand modify(EngineCommand.ModifyComponent m) {
        Entity e = m.entity();
        world.requireAlive(e);
        refuseHierarchy("ModifyComponent", m.component());
        ComponentType<?> type = world.components().byName(m.component());
        Record old = existing(e, type);
        Record updated = ComponentValues.mutate(type, old, m.mutation());
        ObjectNode before = ComponentValues.toJson(old);
        Map<String, JsonNode> previous = new LinkedHashMap<>();
        JsonDiff.leaves(before, ComponentValues.toJson(updated)).forEach((path, pair) -> previous.put(path, pair[0]));
        queue.run("ModifyComponent " + m.component() + " of " + e, new WorldCommand.Insert(e, updated));
        ComponentMutation undo = new ComponentMutation.Merge(JsonDiff.patch(previous));
        return new AppliedCommand(m, new EngineCommand.ModifyComponent(e, m.component(), undo));
    }

    private Record existing(Entity e, ComponentType<?> type) {
        Optional<? extends Record> value = world.find(e, type.type());
        if (value.isEmpty()) {
            String present = world.components(e).stream()
                    .map(ComponentValues::nameOf)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new MissingComponentException(e, type.name(), present);
        }
        return value.get();
    }

    private static void refuseHierarchy(String command, String component) {
        if (component.equals(EntityCommands.PARENT) || component.equals(EntityCommands.CHILDREN)) {
            throw new CommandException(command + ": " + component
                    + " is kept by the hierarchy; use SetParent (or SpawnEntity's parent field) instead");
        }
    }
}
