package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import java.util.HashMap;
import java.util.Map;

/**
 * World transforms for drawing: an entity's {@code GlobalTransform} when it has one; otherwise its {@code Transform}
 * composed with its parent's world transform, so a scene that was loaded but never stepped still draws children in
 * place. An entity with neither sits at the origin.
 */
final class WorldTransforms {
    private final World world;
    private final Map<Entity, Transform> cache = new HashMap<>();

    WorldTransforms(World world) {
        this.world = world;
    }

    Transform of(Entity e) {
        Transform cached = cache.get(e);
        if (cached != null) return cached;
        Transform t = compute(e, 0);
        cache.put(e, t);
        return t;
    }

    private Transform compute(Entity e, int depth) {
        var global = world.find(e, GlobalTransform.class);
        if (global.isPresent()) return global.get().asTransform();
        Transform local = world.find(e, Transform.class).orElse(Transform.IDENTITY);
        var parent = world.find(e, Parent.class);
        // the world refuses hierarchy cycles; the depth guard only protects against a corrupt one
        if (parent.isEmpty() || !world.isAlive(parent.get().entity()) || depth > 256) return local;
        Entity p = parent.get().entity();
        Transform parentWorld = cache.containsKey(p) ? cache.get(p) : compute(p, depth + 1);
        cache.put(p, parentWorld);
        return local.composeWith(parentWorld);
    }
}
