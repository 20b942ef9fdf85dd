package dev.luminara.bench.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One frame of 10,000 entities whose {@code on_update} reads its position through the API and writes it back moved by
 * dt, per tier, against the same logic as a Java system (the baseline). Ratios: tier / baseline; the sandbox's own
 * cost is {@code luaSandboxed / luaInterpreted}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScriptUpdateBench {
    static final int ENTITIES = 10_000;

    World javaWorld;
    List<Entity> javaEntities;
    ScriptHost luaSandboxed;
    ScriptHost luaInterpreted;
    ScriptHost luaCompiled;
    ScriptHost wasmCompiled;

    @Setup
    public void setUp() {
        javaWorld = BenchHosts.world(ENTITIES, "mover.lua");
        javaEntities = javaWorld.query(Transform.class, ScriptComponent.class).entities();
        luaSandboxed = BenchHosts.host(BenchHosts.world(ENTITIES, "mover.lua"), ExecutionTier.SANDBOXED);
        luaInterpreted = BenchHosts.host(BenchHosts.world(ENTITIES, "mover.lua"), ExecutionTier.INTERPRETED);
        luaCompiled = BenchHosts.host(BenchHosts.world(ENTITIES, "mover.lua"), ExecutionTier.COMPILED);
        wasmCompiled = BenchHosts.host(BenchHosts.world(ENTITIES, "mover.wasm"), ExecutionTier.COMPILED);
    }

    @TearDown
    public void tearDown() {
        BenchHosts.requireClean(luaSandboxed, luaInterpreted, luaCompiled, wasmCompiled);
    }

    /** The same per-entity work as a Java system: read Transform, write it back moved by dt. */
    @Benchmark
    public World baselineJavaSystem() {
        float dt = 1f / 60;
        for (Entity e : javaWorld.query(Transform.class, ScriptComponent.class).entities()) {
            Transform t = javaWorld.get(e, Transform.class);
            Vec3 p = t.position();
            javaWorld.set(e, t.withPosition(new Vec3(p.x() + dt, p.y(), p.z())));
        }
        return javaWorld;
    }

    @Benchmark
    public ScriptHost luaSandboxed() {
        luaSandboxed.update();
        return luaSandboxed;
    }

    @Benchmark
    public ScriptHost luaInterpreted() {
        luaInterpreted.update();
        return luaInterpreted;
    }

    @Benchmark
    public ScriptHost luaCompiled() {
        luaCompiled.update();
        return luaCompiled;
    }

    @Benchmark
    public ScriptHost wasmCompiled() {
        wasmCompiled.update();
        return wasmCompiled;
    }
}
