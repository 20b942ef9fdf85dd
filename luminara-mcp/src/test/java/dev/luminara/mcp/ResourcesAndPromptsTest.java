package dev.luminara.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resources (world summary, schemas, scripts, timeline, verbs, intent forms) and prompts. */
class ResourcesAndPromptsTest {
    @Test
    void everyResourceReads() {
        try (McpFixture f = McpFixture.stdio()) {
            var resources = f.client.listResources().resources();
            assertThat(resources)
                    .extracting(McpSchema.Resource::uri)
                    .contains(
                            "luminara://world/summary",
                            "luminara://schemas",
                            "luminara://scripts",
                            "luminara://timeline",
                            "luminara://verbs",
                            "luminara://docs/intents");
            Map<String, String> expected = Map.of(
                    "luminara://world/summary", "entities",
                    "luminara://schemas", "Transform",
                    "luminara://scripts", "spinner.lua",
                    "luminara://timeline", "\"branch\":\"main\"",
                    "luminara://verbs", "Vehicle.SetSpeed",
                    "luminara://docs/intents", "SpawnRelative");
            expected.forEach((uri, mention) -> {
                var read = f.client.readResource(
                        McpSchema.ReadResourceRequest.builder(uri).build());
                String body = ((McpSchema.TextResourceContents) read.contents().get(0)).text();
                assertThat(body).as(uri).contains(mention);
            });
        }
    }

    @Test
    void promptsFillTheirArgument() {
        try (McpFixture f = McpFixture.stdio()) {
            assertThat(f.client.listPrompts().prompts())
                    .extracting(McpSchema.Prompt::name)
                    .contains("add_near_player", "playtest", "review_change");
            var got = f.client.getPrompt(McpSchema.GetPromptRequest.builder("add_near_player")
                    .arguments(Map.of("thing", "three crates"))
                    .build());
            assertThat(((McpSchema.TextContent) got.messages().get(0).content()).text())
                    .contains("three crates")
                    .contains("intent_apply");
        }
    }
}
