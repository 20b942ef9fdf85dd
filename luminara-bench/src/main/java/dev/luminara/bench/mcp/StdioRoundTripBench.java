package dev.luminara.bench.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.mcp.LuminaraMcp;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tool-call round trip over stdio framing (newline-delimited JSON-RPC on two OS pipes inside one JVM, so no process
 * start-up is counted): from writing a {@code tools/call} line to reading and parsing its answer. The Luminara server
 * serves a 10,000-entity world; {@code worldDigest} is the default detail digest (1,500 tokens), {@code sceneModify}
 * moves one prop through the intent resolver and the durable timeline. Baseline: the protocol floor, a bare SDK
 * server with one tool answering "ok" over the same pipes ({@link NoopServer}). Sample mode: read p50 and p99 with
 * {@link RoundTripRunner}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StdioRoundTripBench {
    /** {@code paused}: the simulation waits for sim_play/sim_step; {@code playing}: it runs at 60 Hz meanwhile. */
    @Param({"paused"})
    public String sim;

    /** Entities in the served world (the figure is 10,000; smaller worlds show how costs scale). */
    @Param({"10000"})
    public int entities = TenThousand.ENTITIES;

    private TenThousand world;
    private LuminaraMcp mcp;
    private StdioLink luminara;
    private Thread serving;
    private StdioLink floor;
    private NoopServer noop;
    private Calls calls;

    @Setup
    public void setUp() {
        world = TenThousand.write(entities);
        calls = new Calls(world.props());
        mcp = LuminaraMcp.builder()
                .scene(world.scene())
                .workingCopy(true)
                .realtime(sim.equals("playing"))
                .build();
        luminara = new StdioLink();
        serving = new Thread(() -> mcp.serveStdio(luminara.serverIn(), luminara.serverOut()), "mcp-stdio-bench");
        serving.setDaemon(true);
        serving.start();
        luminara.open();
        floor = new StdioLink();
        noop = NoopServer.stdio(floor);
        floor.open();
    }

    @TearDown
    public void tearDown() throws InterruptedException {
        floor.close();
        noop.close();
        luminara.close();
        serving.join(10_000);
        mcp.close();
        world.close();
    }

    @Benchmark
    public JsonNode baselineNoop() {
        return floor.call(NoopServer.TOOL, Calls.noop());
    }

    @Benchmark
    public JsonNode worldDigest() {
        return luminara.call("world_digest", Calls.digest());
    }

    @Benchmark
    public JsonNode sceneModify() {
        return luminara.call("scene_modify", calls.modify());
    }
}
