package dev.luminara.core.app;

import dev.luminara.core.Chunk;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes GlobalTransform: roots copy their Transform, children compose with their parent's global. Only rows whose
 * Transform changed since the last run (or whose ancestor's did) are written, so GlobalTransform change ticks mean
 * "really moved", which the spatial index relies on.
 */
final class TransformPropagation implements GameSystem {
    private long lastRun = -1;

    @Override
    public void run(World world) {
        addMissingGlobals(world);
        long since = lastRun;
        List<Entity> dirtyRoots = new ArrayList<>();
        world.query(Transform.class, GlobalTransform.class)
                .without(Parent.class)
                .forEachChunk(chunk -> {
                    copyChangedRows(chunk, since);
                    if (chunk.has(Children.class)) {
                        for (int row = 0; row < chunk.size(); row++) {
                            dirtyRoots.add(chunk.entity(row));
                        }
                    }
                });
        for (Entity root : dirtyRoots) {
            boolean dirty = world.changedTick(root, Transform.class) > since;
            propagate(world, root, world.get(root, GlobalTransform.class).asTransform(), dirty, since);
        }
        lastRun = world.checkpoint();
    }

    private static final String[] FIELDS = {
        "position.x",
        "position.y",
        "position.z",
        "rotation.x",
        "rotation.y",
        "rotation.z",
        "rotation.w",
        "scale.x",
        "scale.y",
        "scale.z"
    };

    /** Roots: GlobalTransform = Transform, column by column, for rows whose Transform changed. */
    private static void copyChangedRows(Chunk chunk, long since) {
        int n = chunk.size();
        boolean any = false;
        boolean[] changed = new boolean[n];
        for (int row = 0; row < n; row++) {
            changed[row] = chunk.changedTick(row, Transform.class) > since;
            any |= changed[row];
        }
        if (!any) return;
        for (String field : FIELDS) {
            float[] src = chunk.floats(Transform.class, field);
            float[] dst = chunk.floats(GlobalTransform.class, field);
            for (int row = 0; row < n; row++) {
                if (changed[row]) dst[row] = src[row];
            }
        }
        for (int row = 0; row < n; row++) {
            if (changed[row]) chunk.markChanged(row, GlobalTransform.class);
        }
    }

    private static void propagate(World world, Entity parent, Transform parentGlobal, boolean dirty, long since) {
        var children = world.find(parent, Children.class);
        if (children.isEmpty()) return;
        for (Entity child : children.get().entities()) {
            if (!world.isAlive(child) || !world.has(child, Transform.class)) continue;
            boolean childDirty = dirty
                    || world.changedTick(child, Transform.class) > since
                    || world.changedTick(child, Parent.class) > since;
            Transform global;
            if (childDirty) {
                global = world.get(child, Transform.class).composeWith(parentGlobal);
                world.set(child, GlobalTransform.of(global));
            } else {
                global = world.find(child, GlobalTransform.class)
                        .map(GlobalTransform::asTransform)
                        .orElseGet(() -> world.get(child, Transform.class).composeWith(parentGlobal));
            }
            propagate(world, child, global, childDirty, since);
        }
    }

    private static void addMissingGlobals(World world) {
        List<Entity> missing =
                world.query(Transform.class).without(GlobalTransform.class).entities();
        for (Entity e : missing) {
            world.set(e, GlobalTransform.IDENTITY);
            // a fresh GlobalTransform must be computed even though its Transform may be old
            world.set(e, world.get(e, Transform.class));
        }
    }
}
