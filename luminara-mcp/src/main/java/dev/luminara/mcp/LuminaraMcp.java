package dev.luminara.mcp;

import dev.luminara.mcp.internal.EngineHost;
import dev.luminara.mcp.internal.HttpServer;
import dev.luminara.mcp.internal.RateLimiter;
import dev.luminara.mcp.internal.SerialStdioTransportProvider;
import dev.luminara.mcp.internal.Toolset;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The MCP server over one game: every engine capability as tools, resources and prompts, over stdio and Streamable
 * HTTP (both may serve at once; they share the game and its timeline).
 *
 * <pre>{@code
 * try (LuminaraMcp mcp = LuminaraMcp.builder().project(Path.of("samples/arena")).build()) {
 *     HttpEndpoint http = mcp.serveHttp(HttpOptions.defaults().withPort(8765));
 *     mcp.serveStdio(System.in, System.out);   // blocks until stdin closes
 * }
 * }</pre>
 */
public final class LuminaraMcp implements AutoCloseable {
    private final EngineHost host;
    private final Toolset tools;
    private final List<CountDownLatch> stdioSessions = new CopyOnWriteArrayList<>();
    private final List<HttpEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private LuminaraMcp(EngineHost host) {
        this.host = host;
        this.tools = new Toolset(host);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Serves one client over these streams; blocks until {@code in} ends (or {@link #close()}). */
    public void serveStdio(InputStream in, OutputStream out) {
        CountDownLatch ended = new CountDownLatch(1);
        stdioSessions.add(ended);
        InputStream watched = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return watch(super.read());
                } catch (IOException e) {
                    ended.countDown();
                    throw e;
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return watch(super.read(b, off, len));
                } catch (IOException e) {
                    ended.countDown();
                    throw e;
                }
            }

            private int watch(int n) {
                if (n < 0) ended.countDown();
                return n;
            }

            @Override
            public void close() throws IOException {
                ended.countDown();
                super.close();
            }
        };
        SerialStdioTransportProvider transport = new SerialStdioTransportProvider(Toolset.jsonMapper(), watched, out);
        McpSyncServer server = tools.build(McpServer.sync(transport), RateLimiter.unlimited());
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stdioSessions.remove(ended);
            try {
                server.closeGracefully();
            } catch (RuntimeException e) {
                // the client is gone
            }
        }
    }

    /** Starts a Streamable HTTP endpoint (see {@link HttpOptions}); it runs until closed or until this server closes. */
    public HttpEndpoint serveHttp(HttpOptions options) {
        HttpEndpoint endpoint = HttpServer.start(tools, options == null ? HttpOptions.defaults() : options);
        endpoints.add(endpoint);
        return endpoint;
    }

    /** Runs the simulation in real time (what {@code realtime(true)} does at build). */
    public void play() {
        host.play();
    }

    /** The game's frame counter. */
    public long frame() {
        return host.frame();
    }

    /** The names of every tool, in tools/list order. */
    public List<String> toolNames() {
        return tools.tools().stream().map(t -> t.name()).toList();
    }

    /** The game behind the tools (tests compare worlds and timeline heads through it). */
    EngineHost engine() {
        return host;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return; // a shutdown hook and a finally may both close
        stdioSessions.forEach(CountDownLatch::countDown);
        endpoints.forEach(HttpEndpoint::close);
        host.close();
    }

    /** Configures a {@link LuminaraMcp}: a scene file or a project folder, and how the game runs. */
    public static final class Builder {
        private Path scene;
        private Path project;
        private boolean workingCopy = true;
        private int hz = 60;
        private boolean realtime = true;

        private Builder() {}

        /** A scene file (scripts from the {@code scripts/} folder beside it). */
        public Builder scene(Path file) {
            this.scene = file;
            this.project = null;
            return this;
        }

        /** A project folder: scene, scripts/ and .luminara/timeline.db. */
        public Builder project(Path folder) {
            this.project = folder;
            this.scene = null;
            return this;
        }

        /** Work on a temporary copy (default), so committed files are never modified. */
        public Builder workingCopy(boolean copy) {
            this.workingCopy = copy;
            return this;
        }

        public Builder hz(int stepsPerSecond) {
            this.hz = stepsPerSecond;
            return this;
        }

        /** Simulate while agents call tools (default); false: paused until sim_play or sim_step. */
        public Builder realtime(boolean on) {
            this.realtime = on;
            return this;
        }

        public LuminaraMcp build() {
            if (scene == null && project == null) {
                throw new McpServerException("LuminaraMcp.builder() needs a scene(...) or a project(...)");
            }
            EngineHost host = EngineHost.open(project != null ? project : scene, project != null, workingCopy, hz);
            LuminaraMcp mcp = new LuminaraMcp(host);
            if (realtime) host.play();
            return mcp;
        }
    }
}
