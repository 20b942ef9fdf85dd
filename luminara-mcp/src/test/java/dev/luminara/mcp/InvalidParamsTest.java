package dev.luminara.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Requests whose params the SDK cannot read (tool arguments that are not an object, say) get a JSON-RPC
 * invalid-params error naming the member, over stdio and over Streamable HTTP, and the server keeps serving. Sent as
 * raw JSON, since the SDK client cannot build such requests.
 */
class InvalidParamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"invalid-params\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    private static final String STRING_ARGUMENTS = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"world_search\",\"arguments\":\"x\"}}";
    private static final String ARRAY_PROMPT_ARGUMENTS = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"prompts/get\","
            + "\"params\":{\"name\":\"playtest\",\"arguments\":[1]}}";
    private static final String GOOD_CALL = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"world_search\",\"arguments\":{\"query\":\"tower\"}}}";

    static void assertInvalidParams(JsonNode response, int id, String... mentions) {
        assertThat(response.path("id").asInt()).as(response.toString()).isEqualTo(id);
        assertThat(response.path("error").path("code").asInt())
                .as(response.toString())
                .isEqualTo(-32602);
        assertThat(response.path("error").path("message").asText())
                .contains(mentions)
                .doesNotContain("LinkedHashMap")
                .doesNotContain("Cannot construct");
    }

    @Test
    void overStdio() throws Exception {
        try (LuminaraMcp server = McpFixture.arena()) {
            BytePipe toServer = new BytePipe();
            BytePipe toClient = new BytePipe();
            Thread t = new Thread(() -> server.serveStdio(toServer.in, toClient.out), "invalid-params-stdio");
            t.setDaemon(true);
            t.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(toClient.in, StandardCharsets.UTF_8));
            OutputStream out = toServer.out;
            send(out, INITIALIZE);
            assertThat(readLine(in).has("result")).isTrue();
            send(out, INITIALIZED);
            send(out, STRING_ARGUMENTS);
            assertInvalidParams(readLine(in), 2, "arguments must be a JSON object, got a string");
            send(out, ARRAY_PROMPT_ARGUMENTS);
            assertInvalidParams(readLine(in), 3, "arguments must be a JSON object, got an array");
            send(out, GOOD_CALL);
            JsonNode good = readLine(in);
            assertThat(good.path("id").asInt()).isEqualTo(4);
            assertThat(good.path("result").path("isError").asBoolean())
                    .as(good.toString())
                    .isFalse();
            out.close();
            t.join(10_000);
        }
    }

    @Test
    void overStreamableHttp() throws Exception {
        try (LuminaraMcp server = McpFixture.arena()) {
            HttpEndpoint http = server.serveHttp(HttpOptions.defaults());
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> init = post(client, http, INITIALIZE, null);
            assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
            String session = init.headers().firstValue("mcp-session-id").orElseThrow();
            assertThat(post(client, http, INITIALIZED, session).statusCode()).isEqualTo(202);

            HttpResponse<String> bad = post(client, http, STRING_ARGUMENTS, session);
            assertThat(bad.statusCode()).isEqualTo(200);
            assertInvalidParams(JSON.readTree(bad.body()), 2, "arguments must be a JSON object, got a string");
            HttpResponse<String> badPrompt = post(client, http, ARRAY_PROMPT_ARGUMENTS, session);
            assertInvalidParams(JSON.readTree(badPrompt.body()), 3, "arguments", "an array");

            HttpResponse<String> good = post(client, http, GOOD_CALL, session);
            assertThat(good.statusCode()).isEqualTo(200);
            assertThat(good.body()).contains("\"id\":4").contains("\"result\"").contains("tower");
        }
    }

    private static HttpResponse<String> post(HttpClient client, HttpEndpoint http, String body, String session)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) b.header("Mcp-Session-Id", session);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void send(OutputStream out, String line) throws Exception {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next line the server writes, within 30 s (the bug was a response that never came). */
    private static JsonNode readLine(BufferedReader in) throws Exception {
        String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return in.readLine();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .get(30, TimeUnit.SECONDS);
        assertThat(line).as("the server answered").isNotNull();
        return JSON.readTree(line);
    }
}
