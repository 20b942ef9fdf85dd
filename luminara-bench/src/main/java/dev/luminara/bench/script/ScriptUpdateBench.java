package dev.luminara.bench.script;

import dev.luminara.bench.Goal;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

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
    ScriptHost luaSandboxed;
    ScriptHost luaInterpreted;
    ScriptHost luaCompiled;
    ScriptHost wasmCompiled;

    /** Builds only the world the running method needs, so that one tier's garbage does not tax another's. */
    @Setup
    public void setUp(BenchmarkParams params) {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        switch (method) {
            case "baselineJavaSystem" -> javaWorld = BenchHosts.world(ENTITIES, "mover.lua");
            case "luaSandboxed" -> luaSandboxed = host("mover.lua", ExecutionTier.SANDBOXED);
            case "luaInterpreted" -> luaInterpreted = host("mover.lua", ExecutionTier.INTERPRETED);
            case "luaCompiled" -> luaCompiled = host("mover.lua", ExecutionTier.COMPILED);
            case "wasmCompiled" -> wasmCompiled = host("mover.wasm", ExecutionTier.COMPILED);
            default -> throw new IllegalStateException("unknown benchmark " + method);
        }
    }

    private static ScriptHost host(String script, ExecutionTier tier) {
        return BenchHosts.host(BenchHosts.world(ENTITIES, script), tier);
    }

    @TearDown
    public void tearDown() {
        BenchHosts.requireClean(Stream.of(luaSandboxed, luaInterpreted, luaCompiled, wasmCompiled)
                .filter(Objects::nonNull)
                .toArray(ScriptHost[]::new));
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
    @Goal(max = 10)
    public ScriptHost luaCompiled() {
        luaCompiled.update();
        return luaCompiled;
    }

    @Benchmark
    @Goal(max = 5)
    public ScriptHost wasmCompiled() {
        wasmCompiled.update();
        return wasmCompiled;
    }
}
