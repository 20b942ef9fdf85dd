package dev.luminara.bench.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The protocol floor: a bare MCP Java SDK server with one tool, {@code noop}, that answers "ok", on the SDK's own
 * transports (its stdio provider, the same framing as the Luminara server's serialising one; or the Streamable HTTP
 * servlet in Jetty 12 on an ephemeral loopback port, as Luminara uses) and with none of its security, limits or engine
 * behind it. Kept on the pure SDK as the reference, so under CPU starvation its stdio side can still drop an answer
 * (the SDK 2.1.0 race described in docs/benchmarks.md); the benchmark client gives up after 60 s then.
 */
final class NoopServer implements AutoCloseable {
    static final String TOOL = "noop";

    private final McpSyncServer server;
    private final Server jetty;
    private final URI uri;

    private NoopServer(McpSyncServer server, Server jetty, URI uri) {
        this.server = server;
        this.jetty = jetty;
        this.uri = uri;
    }

    /** Serves the link's stdio pipes; the SDK reads on its own threads. */
    static NoopServer stdio(StdioLink link) {
        return stdio(link.serverIn(), link.serverOut());
    }

    static NoopServer stdio(InputStream in, OutputStream out) {
        var transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
        return new NoopServer(build(McpServer.sync(transport)), null, null);
    }

    /** Jetty on 127.0.0.1, port 0; {@link #uri()} is the endpoint. */
    static NoopServer http() {
        var transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint("/mcp")
                .build();
        McpSyncServer server = build(McpServer.sync(transport));
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/mcp");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException("no-op MCP server: Jetty did not start", e);
        }
        return new NoopServer(server, jetty, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/mcp"));
    }

    private static McpSyncServer build(McpServer.SyncSpecification<?> spec) {
        McpSchema.Tool tool = McpSchema.Tool.builder(TOOL, Map.of("type", "object", "properties", Map.of()))
                .description("Does nothing and answers ok.")
                .build();
        return spec.serverInfo("luminara-bench-noop", "1")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(SyncToolSpecification.builder()
                        .tool(tool)
                        .callHandler((exchange, request) -> McpSchema.CallToolResult.builder()
                                .addTextContent("ok")
                                .isError(false)
                                .build())
                        .build())
                .build();
    }

    URI uri() {
        if (uri == null) throw new IllegalStateException("the stdio no-op server has no URI");
        return uri;
    }

    @Override
    public void close() {
        server.close();
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                throw new IllegalStateException("no-op MCP server: Jetty did not stop", e);
            }
        }
    }
}
