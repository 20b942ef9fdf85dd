package dev.luminara.core.scene;

import com.fasterxml.jackson.core.JsonPointer;
import dev.luminara.core.Entity;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.Parent;
import dev.luminara.core.schema.Schemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scene's hierarchy before anything is spawned: every Parent points at an entity of the scene, there are no
 * cycles, and a Children list, when written, names exactly the entities whose Parent is its owner. A missing Children
 * is rebuilt from the Parents, children in id order, which is what lets hand-written scenes state only Parent.
 */
final class SceneHierarchy {
    private static final String PARENT = Schemas.nameOf(Parent.class);
    private static final String CHILDREN = Schemas.nameOf(Children.class);

    private final SceneReader reader;
    private final Map<Entity, SceneReader.Parsed> byId;

    SceneHierarchy(SceneReader reader, Map<Entity, SceneReader.Parsed> byId) {
        this.reader = reader;
        this.byId = byId;
    }

    void check() {
        Map<Entity, List<Entity>> childrenOf = new LinkedHashMap<>();
        for (SceneReader.Parsed p : byId.values()) { // id order, so rebuilt lists are in id order
            Parent parent = (Parent) p.components().get(PARENT);
            if (parent == null) continue;
            JsonPointer at = componentAt(p, PARENT).appendProperty("entity");
            if (parent.entity().equals(p.id())) {
                throw reader.fail(at, p.label(), PARENT, "entity", "an entity cannot be its own parent");
            }
            if (!byId.containsKey(parent.entity())) {
                throw reader.fail(
                        at,
                        p.label(),
                        PARENT,
                        "entity",
                        "points at " + parent.entity() + ", which is not an entity of this scene");
            }
            childrenOf.computeIfAbsent(parent.entity(), k -> new ArrayList<>()).add(p.id());
        }
        for (SceneReader.Parsed p : byId.values()) {
            checkCycle(p);
        }
        for (SceneReader.Parsed p : byId.values()) {
            List<Entity> expected = childrenOf.getOrDefault(p.id(), List.of());
            Children written = (Children) p.components().get(CHILDREN);
            if (written == null) {
                if (!expected.isEmpty()) p.components().put(CHILDREN, new Children(expected));
            } else {
                checkChildren(p, written, expected);
            }
        }
    }

    private void checkCycle(SceneReader.Parsed start) {
        Set<Entity> seen = new HashSet<>();
        List<Entity> path = new ArrayList<>();
        Entity at = start.id();
        while (at != null) {
            path.add(at);
            if (!seen.add(at)) {
                throw reader.fail(
                        componentAt(start, PARENT).appendProperty("entity"),
                        start.label(),
                        PARENT,
                        "entity",
                        "the parent chain makes a cycle: "
                                + String.join(
                                        " -> ",
                                        path.stream().map(Entity::toString).toList()));
            }
            Parent parent = (Parent) byId.get(at).components().get(PARENT);
            at = parent == null ? null : parent.entity();
        }
    }

    private void checkChildren(SceneReader.Parsed p, Children written, List<Entity> expected) {
        JsonPointer at = componentAt(p, CHILDREN).appendProperty("entities");
        Set<Entity> listed = new HashSet<>();
        List<Entity> entities = written.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity child = entities.get(i);
            String problem = null;
            if (!listed.add(child)) {
                problem = "lists " + child + " twice";
            } else if (!byId.containsKey(child)) {
                problem = "lists " + child + ", which is not an entity of this scene";
            } else if (!expected.contains(child)) {
                problem = "lists " + child + ", whose Parent is not " + p.id()
                        + " (Children must agree with Parent; omit Children to have it rebuilt)";
            }
            if (problem != null) {
                throw reader.fail(at.appendIndex(i), p.label(), CHILDREN, "entities", problem);
            }
        }
        for (Entity child : expected) {
            if (!listed.contains(child)) {
                throw reader.fail(
                        at,
                        p.label(),
                        CHILDREN,
                        "entities",
                        "does not list " + child + ", whose Parent is " + p.id()
                                + " (Children must agree with Parent; omit Children to have it rebuilt)");
            }
        }
    }

    private static JsonPointer componentAt(SceneReader.Parsed p, String component) {
        return p.at().appendProperty("components").appendProperty(component);
    }
}
