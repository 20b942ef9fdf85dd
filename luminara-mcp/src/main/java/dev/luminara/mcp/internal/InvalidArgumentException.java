package dev.luminara.mcp.internal;

import dev.luminara.mcp.McpServerException;

/** A tool argument that is missing or not what the tool expects; the message names the field. */
public final class InvalidArgumentException extends McpServerException {
    private final String field;

    public InvalidArgumentException(String field, String expected) {
        super("argument '" + field + "': " + expected);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
