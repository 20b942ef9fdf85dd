package dev.luminara.render;

import dev.luminara.core.Changes;
import dev.luminara.core.ComponentChange;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an operation did to one entity, as the caller knows it (the AI layer's operation timeline, or core's change
 * tracking through {@link #fromChanges}). A comparison puts each change next to where it shows on screen.
 *
 * @param name the entity's name if known, else null (the comparison fills it from the captures)
 * @param components the component types touched, e.g. ["Transform"]; empty for a spawn or despawn
 */
public record EntityChange(Entity entity, String name, EntityChangeKind kind, List<String> components) {
    public EntityChange {
        components = List.copyOf(components);
    }

    public static EntityChange modified(Entity entity, String name, String... components) {
        return new EntityChange(entity, name, EntityChangeKind.MODIFIED, List.of(components));
    }

    /**
     * One change per entity from core's change tracking, in entity order. Names come from {@code world} where the
     * entity is still alive. Derived components ({@code GlobalTransform}, {@code Children}) are folded into the ones
     * that caused them.
     */
    public static List<EntityChange> fromChanges(Changes changes, World world) {
        Map<Entity, EntityChangeKind> kinds = new TreeMap<>();
        Map<Entity, TreeSet<String>> touched = new TreeMap<>();
        for (Entity e : changes.spawned()) kinds.put(e, EntityChangeKind.SPAWNED);
        for (Entity e : changes.despawned()) {
            // spawned and despawned inside the window: it never showed in either capture
            if (kinds.remove(e) == null) kinds.put(e, EntityChangeKind.DESPAWNED);
            else touched.remove(e);
        }
        for (ComponentChange c : changes.components()) {
            if (changes.despawned().contains(c.entity())) continue;
            kinds.putIfAbsent(c.entity(), EntityChangeKind.MODIFIED);
            if (kinds.get(c.entity()) != EntityChangeKind.MODIFIED) continue;
            String component = c.component();
            if (component.equals("GlobalTransform") || component.equals("Children")) {
                if (!touched.containsKey(c.entity())) touched.put(c.entity(), new TreeSet<>());
                continue;
            }
            touched.computeIfAbsent(c.entity(), k -> new TreeSet<>()).add(component);
        }
        List<EntityChange> out = new ArrayList<>();
        for (var entry : kinds.entrySet()) {
            Entity e = entry.getKey();
            String name = world.isAlive(e)
                    ? world.find(e, Name.class).map(Name::value).orElse(null)
                    : null;
            List<String> comps = entry.getValue() == EntityChangeKind.MODIFIED
                    ? List.copyOf(touched.getOrDefault(e, new TreeSet<>()))
                    : List.of();
            out.add(new EntityChange(e, name, entry.getValue(), comps));
        }
        return List.copyOf(out);
    }

    public String label() {
        return name != null ? name : entity.toString();
    }
}
