package dev.luminara.bench.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.mcp.HttpEndpoint;
import dev.luminara.mcp.HttpOptions;
import dev.luminara.mcp.LuminaraMcp;
import java.util.Optional;
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
 * Tool-call round trip over Streamable HTTP on loopback: a {@code java.net.http} POST of {@code tools/call} on a
 * kept-alive connection to the answer parsed out of the SSE body. The Luminara endpoint runs with its defaults
 * (Origin/Host checks, size cap) plus a bearer token, and a rate limit raised out of the way; it serves a
 * 10,000-entity world. Baseline: the protocol floor, a bare SDK server with one tool answering "ok" in the same Jetty
 * and servlet ({@link NoopServer}), with no security filters. Sample mode: read p50 and p99 with
 * {@link RoundTripRunner}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HttpRoundTripBench {
    private static final String TOKEN = "bench-token";

    /** {@code paused}: the simulation waits for sim_play/sim_step; {@code playing}: it runs at 60 Hz meanwhile. */
    @Param({"paused"})
    public String sim;

    /** Entities in the served world (the figure is 10,000; smaller worlds show how costs scale). */
    @Param({"10000"})
    public int entities = TenThousand.ENTITIES;

    private TenThousand world;
    private LuminaraMcp mcp;
    private HttpEndpoint endpoint;
    private HttpLink luminara;
    private NoopServer noop;
    private HttpLink floor;
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
        endpoint = mcp.serveHttp(HttpOptions.defaults().withToken(TOKEN).withToolCallsPerSecond(10_000_000));
        luminara = new HttpLink(endpoint.uri(), Optional.of(TOKEN)).open();
        noop = NoopServer.http();
        floor = new HttpLink(noop.uri(), Optional.empty()).open();
    }

    @TearDown
    public void tearDown() {
        floor.close();
        noop.close();
        luminara.close();
        endpoint.close();
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
