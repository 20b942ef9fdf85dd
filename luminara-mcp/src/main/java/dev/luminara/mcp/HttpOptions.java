package dev.luminara.mcp;

import java.util.Optional;

/**
 * How {@link LuminaraMcp#serveHttp} listens: {@code host} (default 127.0.0.1), {@code port} (0 = ephemeral), an
 * optional bearer {@code token} (required for a non-loopback host), the largest request body in bytes, and how many
 * tool calls per second a client may make (a burst of as many again is allowed).
 */
public record HttpOptions(String host, int port, String token, int maxRequestBytes, int toolCallsPerSecond) {
    public static final HttpOptions DEFAULTS = new HttpOptions("127.0.0.1", 0, null, 1 << 20, 50);

    public HttpOptions {
        if (host == null || host.isBlank()) throw new McpServerException("http host: expected a host name or address");
        if (port < 0 || port > 65535) throw new McpServerException("http port " + port + ": expected 0..65535");
        if (token != null && token.isBlank()) token = null;
        if (maxRequestBytes < 1024) {
            throw new McpServerException("max request bytes " + maxRequestBytes + ": expected at least 1024");
        }
        if (toolCallsPerSecond < 1) {
            throw new McpServerException("tool calls per second " + toolCallsPerSecond + ": expected at least 1");
        }
    }

    public static HttpOptions defaults() {
        return DEFAULTS;
    }

    public HttpOptions withHost(String newHost) {
        return new HttpOptions(newHost, port, token, maxRequestBytes, toolCallsPerSecond);
    }

    public HttpOptions withPort(int newPort) {
        return new HttpOptions(host, newPort, token, maxRequestBytes, toolCallsPerSecond);
    }

    public HttpOptions withToken(String newToken) {
        return new HttpOptions(host, port, newToken, maxRequestBytes, toolCallsPerSecond);
    }

    public HttpOptions withMaxRequestBytes(int bytes) {
        return new HttpOptions(host, port, token, bytes, toolCallsPerSecond);
    }

    public HttpOptions withToolCallsPerSecond(int perSecond) {
        return new HttpOptions(host, port, token, maxRequestBytes, perSecond);
    }

    public Optional<String> bearerToken() {
        return Optional.ofNullable(token);
    }
}
