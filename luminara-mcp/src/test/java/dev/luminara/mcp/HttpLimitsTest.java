package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.mcp.internal.EngineHost;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limiting of tool calls, and error bodies without stack traces. */
class HttpLimitsTest {
    @Test
    void toolCallsAboveTheRateAreRefusedAsToolErrors() {
        try (McpFixture f = McpFixture.http(HttpOptions.defaults().withToolCallsPerSecond(1))) {
            int refused = 0;
            for (int i = 0; i < 20; i++) {
                McpSchema.CallToolResult r = f.call("timeline_log", Map.of());
                if (Boolean.TRUE.equals(r.isError())) {
                    assertThat(text(r)).contains("rate limit");
                    refused++;
                }
            }
            assertThat(refused).isGreaterThan(0);
        }
    }

    @Test
    void malformedRequestsGetAMessageNotAStackTrace() throws Exception {
        try (LuminaraMcp server = McpFixture.arena()) {
            HttpEndpoint http = server.serveHttp(HttpOptions.defaults());
            assertThat(http.uri().toString()).isEqualTo("http://127.0.0.1:" + http.port() + "/mcp");
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(http.uri().toString()))
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json, text/event-stream")
                                    .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body())
                    .contains("message")
                    .doesNotContain("stackTrace")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void realtimeGamesKeepSimulatingWhileServing() throws InterruptedException {
        try (LuminaraMcp server =
                LuminaraMcp.builder().project(McpFixture.ARENA).build()) {
            EngineHost host = server.engine();
            long first = server.frame();
            for (int i = 0; i < 200 && server.frame() <= first + 5; i++) Thread.sleep(50);
            assertThat(server.frame()).isGreaterThan(first + 5);
            assertThat(host.playing()).isTrue();
        }
    }
}
