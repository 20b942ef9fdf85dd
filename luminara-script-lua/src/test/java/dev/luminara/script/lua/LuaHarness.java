package dev.luminara.script.lua;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.script.ReloadStrategy;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.TierPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A world, in-memory script files and a host over them, recording log lines, errors and reloads. */
final class LuaHarness implements AutoCloseable {
    final World world = new World();
    final Map<String, byte[]> files = new HashMap<>();
    final List<String> log = new ArrayList<>();
    final List<ScriptError> errors = new ArrayList<>();
    final List<String> reloads = new ArrayList<>();
    final ScriptHost host;

    LuaHarness(SandboxConfig config, TierPolicy tiers) {
        world.insertResource(Time.start(60));
        host = ScriptingPlugin.builder()
                .sources(id -> Optional.ofNullable(files.get(id.path())))
                .runtime(new LuaRuntime())
                .sandbox(config)
                .tiers(tiers)
                .listener(new ScriptListener() {
                    @Override
                    public void logged(ScriptId script, Entity entity, String level, String message) {
                        log.add(message);
                    }

                    @Override
                    public void failed(ScriptError error) {
                        errors.add(error);
                    }

                    @Override
                    public void reloaded(ScriptId script, ReloadStrategy strategy, int instances) {
                        reloads.add(script + ":" + strategy + ":" + instances);
                    }
                })
                .buildHost(world);
    }

    /** Default limits with a generous time limit: tests that are not about time must not trip on a loaded machine. */
    static final SandboxConfig RELAXED = SandboxConfig.DEFAULT.withMaxExecutionTime(java.time.Duration.ofSeconds(10));

    LuaHarness() {
        this(RELAXED, TierPolicy.ALL_SANDBOXED);
    }

    LuaHarness file(String path, String source) {
        files.put(path, source.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Entity spawn(String name, String script) {
        return world.spawn(Name.of(name), Transform.at(0, 0, 0), ScriptComponent.of(script));
    }

    /** One frame: scripts, then their commands. */
    void frame() {
        host.update();
        world.applyCommands();
    }

    void frames(int n) {
        for (int i = 0; i < n; i++) frame();
    }

    @Override
    public void close() {
        host.close();
    }
}
