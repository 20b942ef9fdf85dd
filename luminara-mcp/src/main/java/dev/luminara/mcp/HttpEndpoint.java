package dev.luminara.mcp;

import java.net.URI;

/** A running Streamable HTTP endpoint; {@link #close()} stops it. */
public interface HttpEndpoint extends AutoCloseable {
    /** The port it listens on (the chosen one when the options asked for 0). */
    int port();

    /** The MCP endpoint, e.g. {@code http://127.0.0.1:8765/mcp}. */
    URI uri();

    @Override
    void close();
}
