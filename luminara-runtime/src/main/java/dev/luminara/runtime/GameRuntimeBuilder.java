package dev.luminara.runtime;

import dev.luminara.core.app.App;
import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.asset.AssetPlugin;
import dev.luminara.core.scene.SceneException;
import dev.luminara.core.scene.Scenes;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.luminara.CoreVerbs;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptingPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Assembles a {@link GameRuntime}; every setting has an embedded default, so {@code builder().build()} runs. */
public final class GameRuntimeBuilder {
    private double hz = 60;
    private long seed;
    private Path scene;
    private Path assetRoot;
    private Path scriptRoot;
    private boolean scriptRootSet;
    private boolean hotReload;
    private SandboxConfig sandbox = SandboxConfig.DEFAULT;
    private VerbPath verbs = VerbPath.GENERATED;
    private Tracer tracer = Tracer.OFF;
    private final List<ScriptListener> listeners = new ArrayList<>();
    private final List<Plugin> plugins = new ArrayList<>();

    GameRuntimeBuilder() {}

    public GameRuntimeBuilder hz(double hz) {
        this.hz = hz;
        return this;
    }

    public GameRuntimeBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Loads this scene at build time. Unless set explicitly, assets resolve next to it and scripts come from the
     * {@code scripts/} folder beside it (when there is one).
     */
    public GameRuntimeBuilder scene(Path scene) {
        this.scene = Objects.requireNonNull(scene, "scene");
        return this;
    }

    public GameRuntimeBuilder assetRoot(Path root) {
        this.assetRoot = Objects.requireNonNull(root, "root");
        return this;
    }

    /** The scripts folder; {@code null} means the game has none (a {@code Script} then fails to load, reported). */
    public GameRuntimeBuilder scriptRoot(Path root) {
        this.scriptRoot = root;
        this.scriptRootSet = true;
        return this;
    }

    /** Reload changed scripts while the game runs (needs a scripts folder). */
    public GameRuntimeBuilder hotReload(boolean on) {
        this.hotReload = on;
        return this;
    }

    public GameRuntimeBuilder sandbox(SandboxConfig config) {
        this.sandbox = Objects.requireNonNull(config, "config");
        return this;
    }

    public GameRuntimeBuilder verbs(VerbPath path) {
        this.verbs = Objects.requireNonNull(path, "path");
        return this;
    }

    /** Traces reflective verb calls (target, version rule, transforms) when {@link VerbPath#REFLECTIVE}. */
    public GameRuntimeBuilder tracer(Tracer tracer) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        return this;
    }

    public GameRuntimeBuilder listener(ScriptListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** A further plugin, added after the default layers. */
    public GameRuntimeBuilder plugin(Plugin plugin) {
        plugins.add(Objects.requireNonNull(plugin, "plugin"));
        return this;
    }

    public GameRuntime build() {
        if (scene != null && Files.isDirectory(scene)) {
            throw SceneException.of(scene.toString(), "is a folder; name a scene file (*.scene.json) in it");
        }
        if (scene != null && !Files.isRegularFile(scene)) {
            throw SceneException.of(scene.toString(), "no such file");
        }
        Path folder = scene == null ? null : scene.toAbsolutePath().getParent();
        Path assets = assetRoot != null ? assetRoot : folder != null ? folder : Path.of("");
        Path scripts = scriptRootSet ? scriptRoot : besideScene(folder).orElse(null);
        if (scripts != null && !Files.isDirectory(scripts)) {
            throw new ScriptException("scripts folder " + scripts + " is not a folder");
        }
        if (hotReload && scripts == null) {
            throw new ScriptException(
                    "hot reload needs a scripts folder: put one named 'scripts' next to the scene or name one");
        }
        AppBuilder app = App.builder()
                .hz(hz)
                .seed(seed)
                .plugin(new AssetPlugin(assets))
                .plugin(new DefaultPlugins())
                .plugin(scripting(scripts));
        plugins.forEach(app::plugin);
        App built = app.build();
        CoreVerbs.registerComponents(built.world());
        GameRuntime runtime = new GameRuntime(built, assets, scripts, scene, emptyCopies(assets, scripts));
        if (scene != null) {
            try {
                Scenes.load(scene, built.world());
            } catch (RuntimeException e) {
                runtime.close();
                throw e;
            }
        }
        return runtime;
    }

    /** The settings of this build, for empty copies of the game: no scene, hot reload, listeners or plugins. */
    private Supplier<GameRuntime> emptyCopies(Path assets, Path scripts) {
        double hz = this.hz;
        long seed = this.seed;
        SandboxConfig sandbox = this.sandbox;
        VerbPath verbs = this.verbs;
        return () -> new GameRuntimeBuilder()
                .hz(hz)
                .seed(seed)
                .sandbox(sandbox)
                .verbs(verbs)
                .assetRoot(assets)
                .scriptRoot(scripts)
                .build();
    }

    private ScriptingPlugin scripting(Path scripts) {
        ScriptingPlugin.Builder b = ScriptingPlugin.builder().sandbox(sandbox);
        if (scripts != null) b.scriptRoot(scripts).hotReload(hotReload);
        else b.sources(id -> Optional.empty());
        listeners.forEach(b::listener);
        var descriptor = DescriptorLoader.builtIn();
        var modules = verbs == VerbPath.GENERATED
                ? CoreVerbs.generated(descriptor, tracer)
                : CoreVerbs.reflective(descriptor, tracer);
        modules.forEach(b::module);
        return b.build();
    }

    private static Optional<Path> besideScene(Path folder) {
        if (folder == null) return Optional.empty();
        Path beside = folder.resolve("scripts");
        return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
    }
}
