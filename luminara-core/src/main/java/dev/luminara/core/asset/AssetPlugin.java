package dev.luminara.core.asset;

import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;
import java.nio.file.Path;

/**
 * Inserts an {@link Assets} registry (rooted at the working directory unless the app already has one) and, first thing
 * every frame ({@code Stage.INPUT}, system {@code assets.apply_changes}), applies file changes queued by its watcher,
 * if watching is on. Watching is off by default; {@code assets.watch()} turns it on.
 */
public final class AssetPlugin implements Plugin {
    private final Path root;

    public AssetPlugin() {
        this(Path.of(""));
    }

    public AssetPlugin(Path root) {
        this.root = root;
    }

    @Override
    public void build(AppBuilder app) {
        app.world().resourceOrInsert(Assets.class, () -> Assets.open(root));
        app.system(Stage.INPUT, "assets.apply_changes", world -> world.findResource(Assets.class)
                .ifPresent(Assets::applyChanges));
    }
}
