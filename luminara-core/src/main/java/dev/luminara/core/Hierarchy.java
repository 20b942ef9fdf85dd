package dev.luminara.core;

import dev.luminara.core.component.Children;
import dev.luminara.core.component.Parent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parent/child links of a world, kept on both sides: a child's {@link Parent} and its parent's {@link Children} change
 * together. Built on World's public component methods, so change ticks and structural checks apply as for any set.
 */
final class Hierarchy {
    private final World world;

    Hierarchy(World world) {
        this.world = world;
    }

    /** See {@link World#setParent}. */
    void setParent(Entity child, Entity parent) {
        world.requireAlive(child);
        if (parent != null) {
            world.requireAlive(parent);
            for (Entity p = parent; p != null; p = parentOf(p)) {
                if (p.equals(child)) {
                    throw new HierarchyException("cannot attach " + child + " to " + parent + ": that makes a cycle");
                }
            }
        }
        detachFromParent(child);
        if (parent == null) {
            world.remove(child, Parent.class);
            return;
        }
        world.set(child, new Parent(parent));
        world.set(
                parent,
                world.find(parent, Children.class)
                        .orElse(new Children(List.of()))
                        .with(child));
    }

    private Entity parentOf(Entity e) {
        return world.find(e, Parent.class).map(Parent::entity).orElse(null);
    }

    /** Takes {@code child} out of its parent's Children, if it has a parent; its own Parent is left to the caller. */
    void detachFromParent(Entity child) {
        world.find(child, Parent.class).ifPresent(old -> detachChild(old.entity(), child));
    }

    private void detachChild(Entity parent, Entity child) {
        if (!world.isAlive(parent)) return;
        world.find(parent, Children.class).ifPresent(ch -> {
            Children rest = ch.without(child);
            if (rest.entities().isEmpty()) world.remove(parent, Children.class);
            else world.set(parent, rest);
        });
    }

    /** Calls {@code action} on every live descendant of {@code root}, then on root: children before their parents. */
    void forSubtreeChildrenFirst(Entity root, Consumer<Entity> action) {
        world.find(root, Children.class).ifPresent(ch -> ch.entities().forEach(c -> {
            if (world.isAlive(c)) forSubtreeChildrenFirst(c, action);
        }));
        action.accept(root);
    }
}
