package dev.luminara.runtime;

import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.script.ApiRegistry;
import dev.luminara.script.ScriptHost;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One game: an {@link App} with every default layer, the scene it loaded (if any) and its scripts. Closing it stops
 * the script host (its watchdog and file watcher).
 */
public final class GameRuntime implements AutoCloseable {
    private final App app;
    private final Path assetRoot;
    private final Path scriptRoot;
    private final Path scene;
    private final Supplier<GameRuntime> emptyCopies;

    GameRuntime(App app, Path assetRoot, Path scriptRoot, Path scene, Supplier<GameRuntime> emptyCopies) {
        this.app = app;
        this.assetRoot = assetRoot;
        this.scriptRoot = scriptRoot;
        this.scene = scene;
        this.emptyCopies = emptyCopies;
    }

    public static GameRuntimeBuilder builder() {
        return new GameRuntimeBuilder();
    }

    public App app() {
        return app;
    }

    public World world() {
        return app.world();
    }

    /** The scripting host, which runs every entity's {@code Script} in the scripts stage. */
    public ScriptHost scripts() {
        return app.world().resource(ScriptHost.class);
    }

    /** Every API module scripts can call: core's bridge and the LunyScript verbs. */
    public ApiRegistry api() {
        return scripts().api();
    }

    /** The folder clip and asset paths are relative to. */
    public Path assetRoot() {
        return assetRoot;
    }

    /** The folder {@code Script} paths are relative to, when the game has one. */
    public Optional<Path> scriptRoot() {
        return Optional.ofNullable(scriptRoot);
    }

    /** The scene file loaded at start, if one was. */
    public Optional<Path> scene() {
        return Optional.ofNullable(scene);
    }

    /** Empty games set up like this one, for calibrating costs off the game's own loop; close it when done. */
    public ScratchApps scratchApps() {
        return new ScratchApps(emptyCopies);
    }

    @Override
    public void close() {
        app.world().findResource(ScriptHost.class).ifPresent(ScriptHost::close);
    }
}
