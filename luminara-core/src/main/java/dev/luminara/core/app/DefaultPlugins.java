package dev.luminara.core.app;

import dev.luminara.core.asset.AssetPlugin;
import dev.luminara.core.audio.AudioPlugin;
import dev.luminara.core.input.InputPlugin;
import dev.luminara.core.physics.PhysicsPlugin;
import dev.luminara.core.spatial.SpatialPlugin;

/**
 * The plugins a game gets by default: everything the core offers, in dependency order. The CLI and the sample game
 * use it; tests that need a bare world add plugins one by one instead.
 */
public final class DefaultPlugins implements Plugin {
    @Override
    public void build(AppBuilder app) {
        app.plugin(new AssetPlugin());
        app.plugin(new InputPlugin());
        app.plugin(new TransformPlugin());
        app.plugin(new PhysicsPlugin()).plugin(new SpatialPlugin());
        app.plugin(new AudioPlugin());
    }
}
