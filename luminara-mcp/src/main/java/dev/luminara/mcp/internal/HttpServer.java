package dev.luminara.mcp.internal;

import dev.luminara.mcp.HttpEndpoint;
import dev.luminara.mcp.HttpOptions;
import dev.luminara.mcp.McpServerException;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Streamable HTTP endpoint in an embedded Jetty: loopback by default, Origin and Host validated, bearer token
 * required off loopback, request size capped, tool calls rate-limited, params the SDK cannot read refused as invalid
 * params ({@link HttpParamsCheck}).
 */
public final class HttpServer implements HttpEndpoint {
    public static final String PATH = "/mcp";

    private final Server jetty;
    private final McpSyncServer mcp;
    private final int port;
    private final URI uri;

    private HttpServer(Server jetty, McpSyncServer mcp, int port, URI uri) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.port = port;
        this.uri = uri;
    }

    public static HttpServer start(Toolset tools, HttpOptions options) {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(options.host());
        } catch (UnknownHostException e) {
            throw new McpServerException("http host " + options.host() + ": unknown host");
        }
        boolean loopback = bind.isLoopbackAddress();
        if (!loopback && options.bearerToken().isEmpty()) {
            throw new McpServerException("refusing to listen on " + options.host()
                    + " without a bearer token: pass --token (or bind 127.0.0.1)");
        }
        Set<String> hosts = hostNames(options.host(), bind);
        List<String> allowedHosts = new ArrayList<>();
        List<String> allowedOrigins = new ArrayList<>();
        for (String h : hosts) {
            allowedHosts.add(h);
            allowedHosts.add(h + ":*");
            allowedOrigins.add("http://" + h + ":*");
            allowedOrigins.add("https://" + h + ":*");
            allowedOrigins.add("http://" + h);
        }
        DefaultServerTransportSecurityValidator validator = DefaultServerTransportSecurityValidator.builder()
                .allowedHosts(allowedHosts)
                .allowedOrigins(allowedOrigins)
                .build();
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(Toolset.jsonMapper())
                .mcpEndpoint(PATH)
                .httpHeaderValidator(validator)
                .maxRequestSize(options.maxRequestBytes())
                .keepAliveInterval(Duration.ofSeconds(30))
                .build();
        McpSyncServer mcp = tools.build(McpServer.sync(transport), new RateLimiter(options.toolCallsPerSecond()));

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("luminara-http");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(options.host());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder servlet = new ServletHolder("mcp", transport);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, PATH);
        FilterHolder guard = new FilterHolder(new HttpGuard(options.token(), options.maxRequestBytes()));
        guard.setAsyncSupported(true);
        context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
        FilterHolder params =
                new FilterHolder(new HttpParamsCheck(Toolset.jsonMapper(), validator, options.maxRequestBytes()));
        params.setAsyncSupported(true);
        context.addFilter(params, PATH, EnumSet.of(DispatcherType.REQUEST));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        jetty.setErrorHandler(errors);
        context.setErrorHandler(errors);
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            mcp.close();
            throw new McpServerException(
                    "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        int port = connector.getLocalPort();
        String shown = bind.getHostAddress().contains(":") ? "[" + bind.getHostAddress() + "]" : options.host();
        return new HttpServer(jetty, mcp, port, URI.create("http://" + shown + ":" + port + PATH));
    }

    private static Set<String> hostNames(String host, InetAddress bind) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        names.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        if (bind.isAnyLocalAddress()) {
            try {
                for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                        String s = a.getHostAddress();
                        int zone = s.indexOf('%');
                        if (zone >= 0) s = s.substring(0, zone);
                        names.add(s.contains(":") ? "[" + s + "]" : s);
                    }
                }
                names.add(InetAddress.getLocalHost().getHostName());
            } catch (java.io.IOException e) {
                // only the names above
            }
        }
        return names;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        try {
            mcp.closeGracefully();
        } catch (RuntimeException e) {
            // closing anyway
        }
        try {
            jetty.stop();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
