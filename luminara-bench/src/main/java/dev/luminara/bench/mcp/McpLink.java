package dev.luminara.bench.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One initialised MCP client session that sends raw JSON-RPC {@code tools/call} requests. Raw, so the client side
 * costs the same small amount against every server it is pointed at: what differs is the server.
 */
interface McpLink extends AutoCloseable {
    /** Calls a tool and returns its {@code CallToolResult}; throws when the call fails or the tool answers isError. */
    JsonNode call(String tool, ObjectNode arguments);

    @Override
    void close();
}
