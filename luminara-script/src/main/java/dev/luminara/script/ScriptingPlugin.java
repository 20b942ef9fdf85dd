package dev.luminara.script;

import dev.luminara.core.World;
import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;
import dev.luminara.core.asset.DirectoryWatcher;
import dev.luminara.script.internal.BuiltinModules;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The scripting module's entry point. As a {@link Plugin} it registers {@code Script} and {@code ScriptStatus},
 * inserts a {@link ScriptHost} resource and runs it in {@link Stage#SCRIPTS}; {@link Builder#buildHost} makes a host
 * for any world (the verifier's fork) without an app.
 *
 * <pre>{@code
 * App app = App.builder()
 *         .plugin(ScriptingPlugin.builder().scriptRoot(Path.of("scripts")).trusted("core/**").build())
 *         .build();
 * }</pre>
 */
public final class ScriptingPlugin implements Plugin {
    /** The system name in the schedule. */
    public static final String SYSTEM = "scripts.update";

    private final Builder config;

    private ScriptingPlugin(Builder config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void build(AppBuilder app) {
        ScriptHost host = config.buildHost(app.world());
        app.resource(host);
        app.system(Stage.SCRIPTS, SYSTEM, w -> host.update());
    }

    /** Chooses runtimes, tiers, limits, API modules, the script root and listeners. */
    public static final class Builder {
        private ScriptSources sources;
        private Path root;
        private final List<ScriptRuntime> runtimes = new ArrayList<>();
        private final List<ApiModule> modules = new ArrayList<>();
        private final List<ScriptListener> listeners = new ArrayList<>();
        private final List<ScriptEventSource> eventSources = new ArrayList<>();
        private final List<PathMatcher> trusted = new ArrayList<>();
        private SandboxConfig sandbox = SandboxConfig.DEFAULT;
        private TierPolicy tiers = TierPolicy.DEFAULT;
        private boolean hotReload;
        private Duration quietPeriod = DirectoryWatcher.DEFAULT_QUIET_PERIOD;

        private Builder() {}

        /** The folder scripts are read from; a {@code Script}'s path and {@code require} are relative to it. */
        public Builder scriptRoot(Path root) {
            this.root = Objects.requireNonNull(root, "root");
            this.sources = new DirectorySources(root);
            return this;
        }

        /** Scripts from somewhere other than a folder (tests, an editor's unsaved buffers). */
        public Builder sources(ScriptSources sources) {
            this.sources = Objects.requireNonNull(sources, "sources");
            return this;
        }

        /** Adds a runtime; without any, the runtimes on the class path are found with {@link ServiceLoader}. */
        public Builder runtime(ScriptRuntime runtime) {
            runtimes.add(runtime);
            return this;
        }

        /** The limits every script instance runs under. */
        public Builder sandbox(SandboxConfig config) {
            this.sandbox = Objects.requireNonNull(config, "config");
            return this;
        }

        public Builder tiers(TierPolicy policy) {
            this.tiers = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Scripts whose path matches the glob ({@code "core/**.lua"}) are trusted: they run compiled. */
        public Builder trusted(String glob) {
            trusted.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            return this;
        }

        /** An API module beyond the built-in transform, world, time, log, physics, input and audio. */
        public Builder module(ApiModule module) {
            modules.add(module);
            return this;
        }

        /** Watch the script root and reload changed scripts while the game runs (needs {@link #scriptRoot}). */
        public Builder hotReload(boolean on) {
            this.hotReload = on;
            return this;
        }

        /** How long the watcher waits for an editor's save burst to settle (default 50 ms). */
        public Builder quietPeriod(Duration period) {
            this.quietPeriod = Objects.requireNonNull(period, "period");
            return this;
        }

        public Builder listener(ScriptListener listener) {
            listeners.add(listener);
            return this;
        }

        public Builder eventSource(ScriptEventSource source) {
            eventSources.add(source);
            return this;
        }

        public Path scriptRoot() {
            return root;
        }

        public ScriptingPlugin build() {
            return new ScriptingPlugin(this);
        }

        /** A host for {@code world} with this configuration: what the verifier points at a fork. */
        public ScriptHost buildHost(World world) {
            if (sources == null) {
                throw new ScriptException("no script root: call scriptRoot(path) or sources(...) on the builder");
            }
            List<ScriptRuntime> rts = new ArrayList<>(runtimes);
            if (rts.isEmpty()) ServiceLoader.load(ScriptRuntime.class).forEach(rts::add);
            ScriptHost[] self = {null};
            ApiRegistry api = ApiRegistry.of(BuiltinModules.create((c, level, msg) -> self[0].log(c, level, msg)));
            modules.forEach(api::register);
            List<PathMatcher> trust = List.copyOf(trusted);
            TierPolicy base = tiers;
            TierPolicy policy = trust.isEmpty()
                    ? base
                    : id -> trust.stream().anyMatch(m -> m.matches(Path.of(id.path())))
                            ? ExecutionTier.COMPILED
                            : base.tierFor(id);
            List<ScriptEventSource> events = new ArrayList<>(eventSources);
            events.add(0, new dev.luminara.script.internal.PhysicsEvents());
            self[0] = new ScriptHost(world, api, sources, sandbox, rts, policy, listeners, events);
            if (hotReload) {
                if (root == null) throw new ScriptException("hot reload needs a script root (scriptRoot(path))");
                self[0].watch(root, quietPeriod);
            }
            return self[0];
        }
    }
}
