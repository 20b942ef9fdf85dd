package dev.luminara.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** digest, search, spawn relative to the player, undo: over piped stdio and over HTTP, with the SDK's client. */
class VerticalSliceTest {
    static final Map<String, Object> SPAWN = Map.of(
            "intent",
            Map.of(
                    "type", "SpawnRelative",
                    "anchor", Map.of("type", "ByName", "name", "player"),
                    "offset", Map.of("type", "Forward", "distance", 2.0),
                    "template", Map.of("name", "crate", "components", Map.of("MeshShape", Map.of("kind", "BOX")))),
            "prompt",
            "put a crate in front of the player");

    @Test
    void sessionOverStdio() {
        try (McpFixture f = McpFixture.stdio()) {
            session(f);
        }
    }

    @Test
    void sessionOverHttp() {
        try (McpFixture f = McpFixture.http(HttpOptions.defaults())) {
            session(f);
        }
    }

    private static void session(McpFixture f) {
        List<String> names =
                f.client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        assertThat(names).contains("world_digest", "world_search", "intent_apply", "timeline_undo");

        McpSchema.CallToolResult digest = f.call("world_digest", Map.of("query", "the red enemy", "max_tokens", 800));
        assertThat(digest.isError()).isFalse();
        assertThat(McpFixture.text(digest)).contains("enemy_red");

        McpSchema.CallToolResult search = f.call("world_search", Map.of("query", "red enemy near the tower"));
        assertThat(search.isError()).isFalse();
        @SuppressWarnings("unchecked") // structured content is a JSON object
        List<Map<String, Object>> hits =
                (List<Map<String, Object>>) ((Map<String, Object>) search.structuredContent()).get("hits");
        assertThat(hits.get(0).get("name")).isEqualTo("enemy_red");

        McpSchema.CallToolResult spawn = f.call("intent_apply", SPAWN);
        assertThat(spawn.isError()).as(McpFixture.text(spawn)).isFalse();
        assertThat(f.call("world_search", Map.of("query", "crate")).toString()).contains("crate");
        assertThat(McpFixture.text(f.call("entity_get", Map.of("entity", "crate"))))
                .contains("MeshShape");

        McpSchema.CallToolResult undo = f.call("timeline_undo", Map.of());
        assertThat(undo.isError()).as(McpFixture.text(undo)).isFalse();
        McpSchema.CallToolResult gone = f.call("entity_get", Map.of("entity", "crate"));
        assertThat(gone.isError()).isTrue();
        assertThat(McpFixture.text(gone)).contains("entity");
    }
}
