package dev.luminara.mcp.internal;

import java.util.Map;

/**
 * One tool: its name, description, input schema, optional output schema, whether it only reads, and its handler.
 * Handlers throw {@link InvalidArgumentException} (or any engine exception) for bad input; {@link ToolRunner} turns
 * every exception into an {@code isError} result.
 */
public record ToolSpec(
        String name,
        String description,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema,
        boolean readOnly,
        Handler handler) {

    /** What a tool does with checked arguments. */
    @FunctionalInterface
    public interface Handler {
        Reply call(Args args, CallContext context);
    }

    public static ToolSpec reading(String name, String description, Schema input, Handler handler) {
        return new ToolSpec(name, description, input.map(), null, true, handler);
    }

    public static ToolSpec changing(String name, String description, Schema input, Handler handler) {
        return new ToolSpec(name, description, input.map(), null, false, handler);
    }

    public ToolSpec withOutput(Schema output) {
        return new ToolSpec(name, description, inputSchema, output.map(), readOnly, handler);
    }
}
