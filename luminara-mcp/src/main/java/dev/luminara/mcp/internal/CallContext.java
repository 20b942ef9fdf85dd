package dev.luminara.mcp.internal;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import java.util.Optional;

/** What a handler may use besides its arguments: the client session (for sampling), if there is one. */
public record CallContext(McpSyncServerExchange exchange) {
    public Optional<McpSyncServerExchange> session() {
        return Optional.ofNullable(exchange);
    }

    public boolean clientSamples() {
        return exchange != null
                && exchange.getClientCapabilities() != null
                && exchange.getClientCapabilities().sampling() != null;
    }
}
