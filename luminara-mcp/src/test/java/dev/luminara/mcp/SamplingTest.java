package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** capture_and_analyze asks the client's model when the client samples, sending the capture and the feedback. */
class SamplingTest {
    @Test
    void analysisComesFromTheClientsModel() {
        AtomicReference<McpSchema.CreateMessageRequest> asked = new AtomicReference<>();
        try (McpFixture f = McpFixture.stdio(McpFixture.arena(), spec -> spec.capabilities(
                        McpSchema.ClientCapabilities.builder().sampling().build())
                .sampling(request -> {
                    asked.set(request);
                    return McpSchema.CreateMessageResult.builder(
                                    McpSchema.Role.ASSISTANT,
                                    McpSchema.TextContent.builder("the tower is 8 m tall; scale it up")
                                            .build(),
                                    "test-model")
                            .build();
                }))) {
            McpSchema.CallToolResult r = f.call(
                    "capture_and_analyze", Map.of("feedback", "the tower looks too small", "angles", List.of("iso")));
            assertThat(r.isError()).as(text(r)).isFalse();
            assertThat(text(r)).contains("scale it up");
            @SuppressWarnings("unchecked") // structured content is a JSON object
            Map<String, Object> s = (Map<String, Object>) r.structuredContent();
            assertThat(s.get("sampled")).isEqualTo(true);
            List<McpSchema.SamplingMessage> messages = asked.get().messages();
            assertThat(messages.get(0).content()).isInstanceOf(McpSchema.ImageContent.class);
            assertThat(((McpSchema.TextContent)
                                    messages.get(messages.size() - 1).content())
                            .text())
                    .contains("the tower looks too small")
                    .contains("tower");
        }
    }
}
