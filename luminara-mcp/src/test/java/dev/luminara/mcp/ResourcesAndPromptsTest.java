package dev.luminara.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
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

    @Test
    void aPromptWithoutItsArgumentIsInvalidParamsNamingIt() {
        for (boolean http : new boolean[] {false, true}) {
            try (McpFixture f = http ? McpFixture.http(HttpOptions.defaults()) : McpFixture.stdio()) {
                for (Map<String, Object> args : List.<Map<String, Object>>of(Map.of(), Map.of("operation", " "))) {
                    assertThatThrownBy(() -> f.client.getPrompt(McpSchema.GetPromptRequest.builder("review_change")
                                    .arguments(args)
                                    .build()))
                            .as((http ? "http " : "stdio ") + args)
                            .isInstanceOfSatisfying(McpError.class, e -> {
                                assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                                assertThat(e.getMessage()).contains("operation").contains("required");
                            });
                }
                var got = f.client.getPrompt(McpSchema.GetPromptRequest.builder("review_change")
                        .arguments(Map.of("operation", "3"))
                        .build());
                assertThat(((McpSchema.TextContent) got.messages().get(0).content()).text())
                        .contains("for operation 3 and");
            }
        }
    }
}
