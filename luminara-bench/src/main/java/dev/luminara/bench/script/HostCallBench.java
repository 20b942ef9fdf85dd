package dev.luminara.bench.script;

import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.ScriptHost;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Nanoseconds per host call: one script whose {@code on_update} calls {@code time.frame()} 1000 times, per tier
 * (reported per call), against reading the same value directly in Java (the baseline). Includes the bridge: the
 * call count, argument checks and the conversion of the result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HostCallBench {
    static final int CALLS = 1000;

    World world;
    ScriptHost luaSandboxed;
    ScriptHost luaInterpreted;
    ScriptHost luaCompiled;
    ScriptHost wasmCompiled;
    ScriptHost wasmInterpreted;

    @Setup
    public void setUp() {
        world = BenchHosts.world(0, "caller.lua");
        luaSandboxed = host("caller.lua", ExecutionTier.SANDBOXED);
        luaInterpreted = host("caller.lua", ExecutionTier.INTERPRETED);
        luaCompiled = host("caller.lua", ExecutionTier.COMPILED);
        wasmCompiled = host("caller.wasm", ExecutionTier.COMPILED);
        wasmInterpreted = host("caller.wasm", ExecutionTier.INTERPRETED);
    }

    private static ScriptHost host(String script, ExecutionTier tier) {
        return BenchHosts.host(BenchHosts.world(1, script), tier);
    }

    @TearDown
    public void tearDown() {
        BenchHosts.requireClean(luaSandboxed, luaInterpreted, luaCompiled, wasmCompiled, wasmInterpreted);
    }

    /** What time.frame() does, called directly from Java. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public double baselineDirectCall() {
        double sum = 0;
        for (int i = 0; i < CALLS; i++) {
            sum += world.findResource(Time.class).map(Time::frame).orElse(0L);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public ScriptHost luaSandboxed() {
        luaSandboxed.update();
        return luaSandboxed;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public ScriptHost luaInterpreted() {
        luaInterpreted.update();
        return luaInterpreted;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public ScriptHost luaCompiled() {
        luaCompiled.update();
        return luaCompiled;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public ScriptHost wasmCompiled() {
        wasmCompiled.update();
        return wasmCompiled;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public ScriptHost wasmInterpreted() {
        wasmInterpreted.update();
        return wasmInterpreted;
    }
}
