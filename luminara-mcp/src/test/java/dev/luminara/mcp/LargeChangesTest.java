package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies about changes to thousands of entities list the first 20 ids and count the rest. */
class LargeChangesTest {
    @Test
    void aFiveThousandEntitySpawnAndItsUndoListTwentyIdsAndCountTheRest() {
        try (McpFixture f = McpFixture.stdio()) {
            Map<String, Object> spawn = Map.of(
                    "type", "SpawnRelative",
                    "anchor", Map.of("type", "ByName", "name", "player"),
                    "offset", Map.of("type", "Forward", "distance", 2),
                    "template", Map.of("name", "crate"),
                    "count", 5000);
            McpSchema.CallToolResult made = f.call("intent_apply", Map.of("intent", spawn));
            assertThat(made.isError()).as(text(made)).isFalse();
            assertThat(text(made)).contains("… and 4,980 more").hasSizeLessThan(2_000);
            assertListsTwenty(made, "created");

            McpSchema.CallToolResult undone = f.call("timeline_undo", Map.of());
            assertThat(undone.isError()).as(text(undone)).isFalse();
            assertThat(text(undone)).hasSizeLessThan(2_000);
            assertListsTwenty(undone, "created");

            McpSchema.CallToolResult small = f.call(
                    "intent_apply",
                    Map.of(
                            "intent",
                            Map.of(
                                    "type", "SpawnRelative",
                                    "anchor", Map.of("type", "ByName", "name", "player"),
                                    "offset", Map.of("type", "Forward", "distance", 2),
                                    "template", Map.of("name", "crate"),
                                    "count", 3)));
            assertThat(text(small)).doesNotContain("more");
            @SuppressWarnings("unchecked") // structured content is a JSON object
            Map<String, Object> s = (Map<String, Object>) small.structuredContent();
            assertThat((List<?>) s.get("created")).hasSize(3);
            assertThat(s).containsEntry("createdCount", 3).containsEntry("truncated", false);
        }
    }

    @SuppressWarnings("unchecked") // structured content is a JSON object
    private static void assertListsTwenty(McpSchema.CallToolResult r, String list) {
        Map<String, Object> s = (Map<String, Object>) r.structuredContent();
        assertThat((List<?>) s.get(list)).hasSize(20);
        assertThat(s).containsEntry(list + "Count", 5000).containsEntry("truncated", true);
        assertThat(s.toString()).hasSizeLessThan(4_000);
    }
}
