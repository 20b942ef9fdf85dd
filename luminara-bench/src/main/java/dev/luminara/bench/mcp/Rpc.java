package dev.luminara.bench.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;

/** The JSON-RPC messages both links send, and the check of what comes back. */
final class Rpc {
    static final ObjectMapper JSON = Json.mapper();
    static final String PROTOCOL_VERSION = "2025-06-18";

    private Rpc() {}

    static String initialize(long id) {
        ObjectNode params = JSON.createObjectNode().put("protocolVersion", PROTOCOL_VERSION);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "luminara-bench").put("version", "1");
        return request(id, "initialize", params);
    }

    static String initialized() {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    }

    static String toolCall(long id, String tool, ObjectNode arguments) {
        ObjectNode params = JSON.createObjectNode().put("name", tool);
        params.set("arguments", arguments);
        return request(id, "tools/call", params);
    }

    static String request(long id, String method, ObjectNode params) {
        ObjectNode msg =
                JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        msg.set("params", params);
        return write(msg);
    }

    /** The message if it is the response to {@code id}, else null (a notification or another id). */
    static JsonNode responseTo(long id, String line) {
        JsonNode msg = read(line);
        JsonNode got = msg.get("id");
        if (got == null || !got.canConvertToLong() || got.asLong() != id || msg.has("method")) return null;
        return msg;
    }

    /** The result of a response; throws with the server's words for a JSON-RPC error or an isError tool result. */
    static JsonNode result(String tool, JsonNode response) {
        if (response.has("error")) throw new IllegalStateException(tool + ": JSON-RPC error " + response.get("error"));
        JsonNode result = response.path("result");
        if (result.path("isError").asBoolean(false)) {
            throw new IllegalStateException(tool + ": tool error " + result.path("content"));
        }
        return result;
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON from the server: " + abbreviate(text), e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
