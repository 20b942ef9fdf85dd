package dev.luminara.mcp;

import dev.luminara.mcp.internal.Toolset;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** A paused server over the sample arena, and SDK clients connected to it over piped stdio or HTTP. */
final class McpFixture implements AutoCloseable {
    static final Path ARENA = locate("samples/arena");

    final LuminaraMcp server;
    final McpSyncClient client;
    private final Thread stdio;
    private final OutputStream clientOut;
    private final HttpEndpoint http;

    private McpFixture(
            LuminaraMcp server, McpSyncClient client, Thread stdio, OutputStream clientOut, HttpEndpoint http) {
        this.server = server;
        this.client = client;
        this.stdio = stdio;
        this.clientOut = clientOut;
        this.http = http;
    }

    static Path locate(String relative) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve(relative))) p = p.getParent();
        if (p == null) throw new IllegalStateException("cannot find " + relative);
        return p.resolve(relative);
    }

    static LuminaraMcp arena() {
        return LuminaraMcp.builder().project(ARENA).realtime(false).build();
    }

    /** Over piped streams with the stdio transport. */
    static McpFixture stdio() {
        return stdio(arena(), Function.identity());
    }

    static McpFixture stdio(LuminaraMcp server, Function<McpClient.SyncSpec, McpClient.SyncSpec> customize) {
        BytePipe toServer = new BytePipe();
        BytePipe toClient = new BytePipe();
        Thread t = new Thread(() -> server.serveStdio(toServer.in, toClient.out), "mcp-test-stdio");
        t.setDaemon(true);
        t.start();
        StreamClientTransport transport = new StreamClientTransport(Toolset.jsonMapper(), toClient.in, toServer.out);
        McpSyncClient client = customize
                .apply(McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)))
                .build();
        client.initialize();
        return new McpFixture(server, client, t, toServer.out, null);
    }

    /** Over Streamable HTTP on an ephemeral port. */
    static McpFixture http(HttpOptions options) {
        LuminaraMcp server = arena();
        HttpEndpoint http = server.serveHttp(options);
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
                        "http://127.0.0.1:" + http.port())
                .endpoint("/mcp")
                .build();
        McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return new McpFixture(server, client, null, null, http);
    }

    McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
        try {
            return client.callTool(
                    McpSchema.CallToolRequest.builder(tool).arguments(args).build());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.util.concurrent.TimeoutException) {
                    dumpThreads("no answer to " + tool + " " + args);
                    break;
                }
            }
            throw e;
        }
    }

    /** What every thread was doing (for a call that got no answer). */
    static void dumpThreads(String why) {
        StringBuilder sb = new StringBuilder("=== thread dump: " + why + "\n");
        Thread.getAllStackTraces().forEach((t, stack) -> {
            sb.append('"')
                    .append(t.getName())
                    .append("\" ")
                    .append(t.getState())
                    .append('\n');
            for (StackTraceElement el : stack) sb.append("    at ").append(el).append('\n');
        });
        System.err.println(sb);
    }

    static String text(McpSchema.CallToolResult r) {
        StringBuilder sb = new StringBuilder();
        for (McpSchema.Content c : r.content()) {
            if (c instanceof McpSchema.TextContent t) sb.append(t.text());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            client.closeGracefully();
        } catch (RuntimeException e) {
            // closing anyway
        }
        if (clientOut != null) {
            try {
                clientOut.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        if (http != null) http.close();
        server.close();
        if (stdio != null) {
            try {
                stdio.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
