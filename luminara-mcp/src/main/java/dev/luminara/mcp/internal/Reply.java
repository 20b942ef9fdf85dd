package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.AiJson;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A tool's answer: text and image content, optional structured content, and whether it is an error. */
public record Reply(List<McpSchema.Content> content, Object structured, boolean error) {
    public Reply {
        content = List.copyOf(content);
    }

    public static Reply text(String text) {
        return new Reply(List.of(McpSchema.TextContent.builder(text).build()), null, false);
    }

    /** Structured content (any JSON-able value that is an object) with its JSON text as the text content. */
    public static Reply json(Object value) {
        JsonNode tree = AiJson.tree(value);
        return new Reply(List.of(McpSchema.TextContent.builder(tree.toString()).build()), toMap(tree), false);
    }

    /** Structured content and a text rendering meant for a model. */
    public static Reply of(String text, Object value) {
        return new Reply(List.of(McpSchema.TextContent.builder(text).build()), toMap(AiJson.tree(value)), false);
    }

    public static Reply error(String message) {
        return new Reply(List.of(McpSchema.TextContent.builder(message).build()), null, true);
    }

    /** The same content, marked as an error (a refused change that still reports what was found). */
    public Reply asError() {
        return new Reply(content, structured, true);
    }

    public Reply plusImage(byte[] encoded, String mimeType) {
        List<McpSchema.Content> more = new ArrayList<>(content);
        more.add(McpSchema.ImageContent.builder(Base64.getEncoder().encodeToString(encoded), mimeType)
                .build());
        return new Reply(more, structured, error);
    }

    public Reply plusText(String text) {
        List<McpSchema.Content> more = new ArrayList<>(content);
        more.add(McpSchema.TextContent.builder(text).build());
        return new Reply(more, structured, error);
    }

    @SuppressWarnings("unchecked") // a JSON object converts to a map of string keys
    private static Map<String, Object> toMap(JsonNode tree) {
        if (!tree.isObject()) throw new IllegalArgumentException("structured content must be a JSON object");
        return AiJson.mapper().convertValue(tree, Map.class);
    }

    public McpSchema.CallToolResult toResult() {
        McpSchema.CallToolResult.Builder b =
                McpSchema.CallToolResult.builder().content(content).isError(error);
        if (structured != null) b.structuredContent(structured);
        return b.build();
    }
}
