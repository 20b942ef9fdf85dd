package dev.luminara.mcp.internal;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/**
 * Checks the params of the requests whose params the SDK reads into records ({@code tools/call}, {@code prompts/get},
 * {@code resources/read}) before the SDK sees them, so that a wrong-typed member is a JSON-RPC invalid-params error
 * that names it.
 *
 * <p>Why here: the SDK (2.1.0) converts the params inside its request handler, and a conversion failure is thrown
 * rather than returned. Over stdio the session answers that with -32603 and Jackson's text; over Streamable HTTP
 * ({@code McpStreamableServerSession.responseStream}) the throw escapes the error mapping, the servlet logs "Failed
 * to handle request stream" and closes the event stream with no response, so the client waits forever. Both
 * transports call {@link #check} on each inbound request and answer a refusal themselves.
 */
final class RequestParams {
    private RequestParams() {}

    /** The error to answer {@code request} with, or null when its params are fine for the SDK to read. */
    static McpSchema.JSONRPCResponse.JSONRPCError check(McpSchema.JSONRPCRequest request) {
        String problem = problem(request.method(), request.params());
        if (problem == null) return null;
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                .message(request.method() + ": " + problem)
                .build()
                .getJsonRpcError();
    }

    /** The JSON-RPC response refusing {@code request}, or null when its params are fine. */
    static McpSchema.JSONRPCResponse refusal(McpSchema.JSONRPCRequest request) {
        McpSchema.JSONRPCResponse.JSONRPCError error = check(request);
        return error == null
                ? null
                : new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), null, error);
    }

    static String problem(String method, Object params) {
        List<String> strings;
        List<String> objects;
        switch (method == null ? "" : method) {
            case McpSchema.METHOD_TOOLS_CALL, McpSchema.METHOD_PROMPT_GET -> {
                strings = List.of("name");
                objects = List.of("arguments", "_meta");
            }
            case McpSchema.METHOD_RESOURCES_READ -> {
                strings = List.of("uri");
                objects = List.of("_meta");
            }
            default -> {
                return null;
            }
        }
        if (!(params instanceof Map<?, ?> map)) return "params must be a JSON object, got " + kind(params);
        for (String s : strings) {
            Object v = map.get(s);
            if (!(v instanceof String)) return s + " must be a string, got " + kind(v);
        }
        for (String o : objects) {
            Object v = map.get(o);
            if (v != null && !(v instanceof Map)) return o + " must be a JSON object, got " + kind(v);
        }
        return null;
    }

    static String kind(Object v) {
        if (v == null) return "nothing";
        if (v instanceof String) return "a string";
        if (v instanceof Number) return "a number";
        if (v instanceof Boolean) return "a boolean";
        if (v instanceof List<?>) return "an array";
        if (v instanceof Map<?, ?>) return "an object";
        return "a " + v.getClass().getSimpleName();
    }
}
