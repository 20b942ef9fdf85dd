package dev.luminara.ai.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.command.CommandText;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.SavedEntity;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line saying what an operation did, for logs and for agents: {@code spawned 21v0 "crate", 22v0 "crate_2";
 * modified MeshShape of 8v0 "enemy_grunt_1"; created script spin-tower.lua}. Names come from the commands or, for
 * entities still alive, from the world.
 */
final class ChangeSummary {
    private static final int LISTED = 4;

    private ChangeSummary() {}

    static String of(List<EngineCommand> commands, List<EngineCommand> inverses, World world) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<Entity, String> destroyedNames = new LinkedHashMap<>();
        for (EngineCommand inv : inverses) {
            if (inv instanceof EngineCommand.RestoreEntities r) {
                for (SavedEntity e : r.entities()) {
                    JsonNode name = e.components().containsKey("Name")
                            ? e.components().get("Name").get("value")
                            : null;
                    if (name != null) destroyedNames.put(e.id(), name.asText());
                }
            }
        }
        for (EngineCommand c : commands) {
            if (c instanceof EngineCommand.SpawnEntity s) {
                add(groups, "spawned", label(s.entity(), s.template().name(), world));
            } else if (c instanceof EngineCommand.DestroyEntity d) {
                add(groups, "destroyed", label(d.entity(), destroyedNames.get(d.entity()), world));
            } else if (c instanceof EngineCommand.RestoreEntities r) {
                add(
                        groups,
                        "restored",
                        label(r.root(), null, world)
                                + (r.entities().size() > 1
                                        ? " (+" + (r.entities().size() - 1) + ")"
                                        : ""));
            } else if (c instanceof EngineCommand.SetParent p) {
                add(groups, "re-parented", label(p.entity(), null, world));
            } else if (c instanceof EngineCommand.AddComponent a) {
                add(groups, "set " + a.component() + " on", label(a.entity(), null, world));
            } else if (c instanceof EngineCommand.RemoveComponent r) {
                add(groups, "removed " + r.component() + " from", label(r.entity(), null, world));
            } else if (c instanceof EngineCommand.ModifyComponent m) {
                add(groups, "modified " + m.component() + " of", label(m.entity(), null, world));
            } else if (c instanceof EngineCommand.CreateScript s) {
                add(groups, "wrote script", s.path());
            } else if (c instanceof EngineCommand.ModifyScript s) {
                add(groups, "changed script", s.path());
            } else if (c instanceof EngineCommand.DeleteScript s) {
                add(groups, "deleted script", s.path());
            } else if (c instanceof EngineCommand.WriteScriptBytes s) {
                add(groups, "wrote script", s.path());
            } else {
                add(groups, "applied", CommandText.describe(c));
            }
        }
        if (groups.isEmpty()) return "no changes";
        List<String> parts = new ArrayList<>();
        groups.forEach((verb, items) -> {
            String listed = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
            parts.add(verb + " " + listed + (items.size() > LISTED ? " and " + (items.size() - LISTED) + " more" : ""));
        });
        return String.join("; ", parts);
    }

    private static void add(Map<String, List<String>> groups, String verb, String item) {
        List<String> items = groups.computeIfAbsent(verb, k -> new ArrayList<>());
        if (!items.contains(item)) items.add(item);
    }

    private static String label(Entity e, String known, World world) {
        if (e == null) return "(new)";
        String name = known;
        if (name == null && world.isAlive(e))
            name = world.find(e, Name.class).map(Name::value).orElse(null);
        return e + (name == null ? "" : " \"" + name + "\"");
    }
}
