package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several HTTP clients at once against a game simulating in real time: every call answered, none internal. */
class ConcurrentClientsTest {
    @Test
    void clientsAndTheSimulationShareTheGame() throws Exception {
        try (LuminaraMcp server =
                LuminaraMcp.builder().project(McpFixture.ARENA).build()) {
            HttpEndpoint http = server.serveHttp(HttpOptions.defaults().withToolCallsPerSecond(1000));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                results.add(pool.submit(() -> session(http, client)));
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> r : results) problems.addAll(r.get());
            pool.shutdown();
            assertThat(problems).isEmpty();
            assertThat(server.frame()).isPositive();
        }
    }

    private static List<String> session(HttpEndpoint http, int id) {
        List<String> problems = new ArrayList<>();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
                        "http://127.0.0.1:" + http.port())
                .build();
        try (McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            Map<String, Object> spawn = Map.of(
                    "intent",
                    Map.of(
                            "type", "SpawnRelative",
                            "anchor", Map.of("type", "ByName", "name", "tower"),
                            "offset", Map.of("type", "Above", "height", 1.0 + id),
                            "template", Map.of("name", "marker_" + id)));
            for (int i = 0; i < 8; i++) {
                check(problems, client, "world_digest", Map.of("max_tokens", 400), false);
                check(problems, client, "world_search", Map.of("query", "tower"), false);
                check(problems, client, "intent_apply", spawn, false);
                check(problems, client, "viewport_capture", Map.of("width", 96, "height", 64), false);
                check(problems, client, "entity_get", Map.of("entity", "player"), false);
                check(problems, client, "timeline_log", Map.of("limit", 3), false);
                // Another client's operation may be the head: undo is allowed to be refused, never to break.
                check(problems, client, "timeline_undo", Map.of(), true);
            }
        }
        return problems;
    }

    private static void check(
            List<String> problems, McpSyncClient client, String tool, Map<String, Object> args, boolean mayRefuse) {
        McpSchema.CallToolResult r = client.callTool(
                McpSchema.CallToolRequest.builder(tool).arguments(args).build());
        String t = text(r);
        if (t.contains("internal error") || (!mayRefuse && Boolean.TRUE.equals(r.isError()))) {
            problems.add(tool + ": " + t);
        }
    }
}
