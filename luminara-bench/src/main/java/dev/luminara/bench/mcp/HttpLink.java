package dev.luminara.bench.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * An MCP client over Streamable HTTP with {@code java.net.http}: a POST per message on one keep-alive connection,
 * the session id from initialize, and the answer read from a JSON body or from the {@code data:} lines of an SSE
 * body (the Java SDK answers requests with a short event stream).
 */
final class HttpLink implements McpLink {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI uri;
    private final Optional<String> bearer;
    private String sessionId;
    private String protocolVersion = Rpc.PROTOCOL_VERSION;
    private long nextId;

    HttpLink(URI uri, Optional<String> bearer) {
        this.uri = uri;
        this.bearer = bearer;
    }

    HttpLink open() {
        long id = nextId++;
        HttpResponse<String> init = post(Rpc.initialize(id));
        if (init.statusCode() != 200)
            throw new IllegalStateException(
                    "initialize: HTTP " + init.statusCode() + " " + Rpc.abbreviate(init.body()));
        sessionId = init.headers()
                .firstValue("mcp-session-id")
                .orElseThrow(() -> new IllegalStateException("initialize: no Mcp-Session-Id header from " + uri));
        JsonNode response = answer("initialize", id, init);
        protocolVersion = response.path("result").path("protocolVersion").asText(Rpc.PROTOCOL_VERSION);
        HttpResponse<String> ack = post(Rpc.initialized());
        if (ack.statusCode() / 100 != 2) throw new IllegalStateException("initialized: HTTP " + ack.statusCode());
        return this;
    }

    @Override
    public JsonNode call(String tool, ObjectNode arguments) {
        long id = nextId++;
        HttpResponse<String> response = post(Rpc.toolCall(id, tool, arguments));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    tool + ": HTTP " + response.statusCode() + " " + Rpc.abbreviate(response.body()));
        }
        return Rpc.result(tool, answer(tool, id, response));
    }

    private JsonNode answer(String what, long id, HttpResponse<String> response) {
        String type = response.headers().firstValue("content-type").orElse("");
        if (!type.startsWith("text/event-stream")) {
            JsonNode msg = Rpc.responseTo(id, response.body());
            if (msg == null)
                throw new IllegalStateException(what + ": no answer in " + Rpc.abbreviate(response.body()));
            return msg;
        }
        StringBuilder data = new StringBuilder();
        for (String line : (response.body() + "\n\n").split("\r?\n", -1)) {
            if (line.startsWith("data:")) {
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            } else if (line.isEmpty() && data.length() > 0) {
                JsonNode msg = Rpc.responseTo(id, data.toString());
                if (msg != null) return msg;
                data.setLength(0);
            }
        }
        throw new IllegalStateException(what + ": no answer in the event stream " + Rpc.abbreviate(response.body()));
    }

    private HttpResponse<String> post(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", protocolVersion)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) request.header("Mcp-Session-Id", sessionId);
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("http link: POST " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("http link: interrupted", e);
        }
    }

    /** Ends the session (DELETE); a server that refuses DELETE is fine, the session then times out. */
    @Override
    public void close() {
        if (sessionId == null) return;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .DELETE()
                .header("Mcp-Session-Id", sessionId);
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the server may already be gone at tear-down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
