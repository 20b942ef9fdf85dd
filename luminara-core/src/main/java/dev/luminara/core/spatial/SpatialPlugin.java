package dev.luminara.core.spatial;

import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;
import dev.luminara.core.app.TransformPlugin;

/**
 * Keeps a {@link SpatialIndex} resource current: a system in {@link Stage#TRANSFORM}, after transform propagation, that
 * refreshes it from the GlobalTransforms that moved this frame.
 */
public final class SpatialPlugin implements Plugin {
    public static final String REFRESH_SYSTEM = "spatial.refresh";

    @Override
    public void build(AppBuilder app) {
        app.plugin(new TransformPlugin()); // propagation must be scheduled first: the index reads its output
        app.world().resourceOrInsert(SpatialIndex.class, SpatialIndex::new);
        app.system(
                Stage.TRANSFORM, REFRESH_SYSTEM, world -> world.resourceOrInsert(SpatialIndex.class, SpatialIndex::new)
                        .refresh(world));
    }
}
