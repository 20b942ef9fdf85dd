package dev.luminara.bench.script;

import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Transform;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.lua.LuaRuntime;
import dev.luminara.script.wasm.WasmRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Worlds of N scripted entities and their hosts, with scripts from this module's resources. */
final class BenchHosts {
    /**
     * The default limits, with room for every entity's calls and a time limit that is armed on every call (so its
     * cost is measured) but too long to fire during a GC pause on a loaded machine.
     */
    static final SandboxConfig LIMITS =
            SandboxConfig.DEFAULT.withMaxApiCalls(1_000_000).withMaxExecutionTime(java.time.Duration.ofHours(1));

    private BenchHosts() {}

    static World world(int entities, String script) {
        World w = new World();
        w.insertResource(Time.start(60));
        for (int i = 0; i < entities; i++) {
            w.spawn(Transform.at(i, 0, 0), ScriptComponent.of(script));
        }
        return w;
    }

    static ScriptHost host(World world, ExecutionTier tier) {
        ScriptHost host = ScriptingPlugin.builder()
                .sources(id -> Optional.of(resource(id.path())))
                .runtime(new LuaRuntime())
                .runtime(new WasmRuntime())
                .sandbox(LIMITS)
                .tiers(id -> tier)
                .buildHost(world);
        host.update(); // load, instantiate, on_start
        if (!host.report().clean()) {
            throw new IllegalStateException(
                    "benchmark scripts failed: " + host.report().errors());
        }
        return host;
    }

    /** Fails the run if any script stopped (a stopped script would make its benchmark measure nothing). */
    static void requireClean(ScriptHost... hosts) {
        for (ScriptHost h : hosts) {
            if (!h.report().clean())
                throw new IllegalStateException(
                        "a benchmark script failed: " + h.report().errors());
            h.close();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = BenchHosts.class.getResourceAsStream("/bench/script/" + name)) {
            if (in == null) throw new IllegalStateException("no benchmark script " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
