package dev.luminara.mcp;

import dev.luminara.core.CoreException;

/** The MCP server's exception root: bad start-up settings, a transport that cannot start. */
public class McpServerException extends CoreException {
    public McpServerException(String message) {
        super(message);
    }

    public McpServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
