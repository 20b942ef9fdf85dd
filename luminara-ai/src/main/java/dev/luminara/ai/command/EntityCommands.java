package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldCommand;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Spawn, destroy, restore and re-parent: the commands that create, remove or move whole entities. */
final class EntityCommands {
    static final String PARENT = "Parent";
    static final String CHILDREN = "Children";

    private final World world;
    private final WorldQueue queue;

    EntityCommands(World world, WorldQueue queue) {
        this.world = world;
        this.queue = queue;
    }

    AppliedCommand spawn(EngineCommand.SpawnEntity s) {
        List<Record> components = templateComponents(s);
        if (s.parent() != null) world.requireAlive(s.parent());
        Entity id;
        if (s.entity() != null) {
            if (world.isAlive(s.entity())) {
                throw new CommandException("SpawnEntity: entity " + s.entity() + " already exists");
            }
            id = s.entity();
            world.commands().add(new WorldCommand.Spawn(id, components));
        } else {
            id = world.commands().spawn(components.toArray(Record[]::new));
        }
        String what = "SpawnEntity " + id;
        queue.flush(what);
        if (s.parent() != null) {
            try {
                queue.run(what, new WorldCommand.SetParent(id, s.parent()));
            } catch (CommandException e) {
                world.despawn(id);
                throw e;
            }
        }
        return new AppliedCommand(s.withEntity(id), new EngineCommand.DestroyEntity(id));
    }

    private List<Record> templateComponents(EngineCommand.SpawnEntity s) {
        EntityTemplate t = s.template();
        Map<String, Record> byName = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> e : t.components().entrySet()) {
            if (e.getKey().equals(PARENT) || e.getKey().equals(CHILDREN)) {
                throw new CommandException("SpawnEntity: the template must not hold " + e.getKey()
                        + "; attach with the command's parent field instead");
            }
            byName.put(e.getKey(), ComponentValues.toRecord(world.components(), e.getKey(), e.getValue()));
        }
        if (t.name() != null) {
            if (byName.containsKey("Name")) {
                throw new CommandException("SpawnEntity: give the name either as 'name' or as a Name component");
            }
            byName.put("Name", new Name(t.name()));
        }
        if (!t.tags().isEmpty()) {
            Tags tags = new Tags(new TreeSet<>(t.tags()));
            Record given = byName.get("Tags");
            if (given instanceof Tags g) {
                TreeSet<String> all = new TreeSet<>(g.values());
                all.addAll(t.tags());
                tags = new Tags(all);
            }
            byName.put("Tags", tags);
        }
        if (s.position() != null) {
            Record given = byName.get("Transform");
            Transform base = given instanceof Transform tr ? tr : Transform.IDENTITY;
            byName.put("Transform", base.withPosition(s.position()));
        }
        return new ArrayList<>(byName.values());
    }

    AppliedCommand destroy(EngineCommand.DestroyEntity d) {
        Entity e = d.entity();
        world.requireAlive(e);
        List<SavedEntity> subtree = new ArrayList<>();
        save(e, subtree);
        Optional<Parent> parent = world.find(e, Parent.class);
        Entity p = parent.map(Parent::entity).filter(world::isAlive).orElse(null);
        List<Entity> siblings = p == null
                ? null
                : world.find(p, Children.class).map(Children::entities).orElse(List.of());
        queue.run("DestroyEntity " + e, new WorldCommand.Despawn(e));
        return new AppliedCommand(d, new EngineCommand.RestoreEntities(subtree, p, siblings));
    }

    private void save(Entity e, List<SavedEntity> out) {
        Map<String, ObjectNode> components = new TreeMap<>();
        for (Record r : world.components(e)) {
            components.put(ComponentValues.nameOf(r), ComponentValues.toJson(r));
        }
        out.add(new SavedEntity(e, components));
        for (Entity child :
                world.find(e, Children.class).map(Children::entities).orElse(List.of())) {
            if (world.isAlive(child)) save(child, out);
        }
    }

    AppliedCommand restore(EngineCommand.RestoreEntities r) {
        if (r.entities().isEmpty()) {
            throw new CommandException("RestoreEntities: no entities given");
        }
        Entity root = r.root();
        String what = "RestoreEntities " + root;
        if (r.parent() != null) {
            world.requireAlive(r.parent());
            if (r.parentChildren() == null || !r.parentChildren().contains(root)) {
                throw new CommandException(what + ": parentChildren must list the root " + root);
            }
        }
        List<WorldCommand.Spawn> spawns = new ArrayList<>();
        for (SavedEntity saved : r.entities()) {
            if (world.isAlive(saved.id())) {
                throw new CommandException(what + ": entity " + saved.id() + " already exists");
            }
            List<Record> records = new ArrayList<>();
            saved.components()
                    .forEach((name, json) -> records.add(ComponentValues.toRecord(world.components(), name, json)));
            spawns.add(new WorldCommand.Spawn(saved.id(), records));
        }
        Entity rootParent = spawns.get(0).components().stream()
                .filter(c -> c instanceof Parent)
                .map(c -> ((Parent) c).entity())
                .findFirst()
                .orElse(null);
        if (r.parent() != null && !r.parent().equals(rootParent)) {
            throw new CommandException(
                    what + ": the root's Parent (" + rootParent + ") is not the parent given (" + r.parent() + ")");
        }
        List<Entity> spawned = new ArrayList<>();
        try {
            for (WorldCommand.Spawn s : spawns) {
                queue.run(what, s);
                spawned.add(s.entity());
            }
            if (r.parent() != null) {
                queue.run(what, new WorldCommand.Insert(r.parent(), new Children(r.parentChildren())));
            }
        } catch (CommandException e) {
            for (int i = spawned.size() - 1; i >= 0; i--) {
                if (world.isAlive(spawned.get(i))) world.despawn(spawned.get(i));
            }
            throw e;
        }
        return new AppliedCommand(r, new EngineCommand.DestroyEntity(root));
    }

    AppliedCommand setParent(EngineCommand.SetParent p) {
        Entity e = p.entity();
        world.requireAlive(e);
        Entity oldParent = world.find(e, Parent.class).map(Parent::entity).orElse(null);
        Integer oldIndex = null;
        if (oldParent != null) {
            oldIndex = world.find(oldParent, Children.class)
                    .map(c -> c.entities().indexOf(e))
                    .orElse(-1);
        }
        String what = "SetParent " + e;
        if (p.parent() != null) {
            world.requireAlive(p.parent());
            int size = world.find(p.parent(), Children.class)
                    .map(c -> c.entities().size())
                    .orElse(0);
            boolean same = p.parent().equals(oldParent);
            int max = same ? size - 1 : size;
            if (p.index() != null && (p.index() < 0 || p.index() > max)) {
                throw new CommandException(what + ": index " + p.index() + " is outside 0.." + max);
            }
        }
        queue.run(what, new WorldCommand.SetParent(e, p.parent()));
        if (p.parent() != null && p.index() != null) {
            List<Entity> kids =
                    new ArrayList<>(world.get(p.parent(), Children.class).entities());
            kids.remove(e);
            kids.add(p.index(), e);
            queue.run(what, new WorldCommand.Insert(p.parent(), new Children(kids)));
        }
        return new AppliedCommand(p, new EngineCommand.SetParent(e, oldParent, oldIndex));
    }
}
