package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** script_verify and script_apply through the verifier, over the SDK client. */
class ScriptToolsTest {
    static final String SPIN =
            "return {\n  on_update = function(self, dt) transform.rotate_y(self.entity, 45 * dt) end,\n}\n";

    McpFixture f;

    @BeforeEach
    void open() {
        f = McpFixture.stdio();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void verifyReportsWithoutChangingAnything() {
        long head = head();
        McpSchema.CallToolResult good = f.call(
                "script_verify", Map.of("path", "behaviors/spin2.lua", "source", SPIN, "attachTo", List.of("tower")));
        assertThat(good.isError()).as(text(good)).isFalse();
        assertThat(text(good)).startsWith("PASSED");
        McpSchema.CallToolResult bad = f.call(
                "script_verify",
                Map.of(
                        "path",
                        "behaviors/bad.lua",
                        "source",
                        "return { on_update = function(self",
                        "attachTo",
                        List.of("tower")));
        assertThat(text(bad)).startsWith("FAILED");
        assertThat(head()).isEqualTo(head);
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).doesNotContain("Script");
    }

    @Test
    void applyRecordsAnUndoableOperation() {
        McpSchema.CallToolResult r = f.call(
                "script_apply",
                Map.of(
                        "path",
                        "behaviors/spin2.lua",
                        "source",
                        SPIN,
                        "attachTo",
                        List.of(Map.of("type", "ByName", "name", "tower"))));
        assertThat(r.isError()).as(text(r)).isFalse();
        assertThat(text(r)).startsWith("APPLIED");
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).contains("behaviors/spin2.lua");
        f.call("timeline_undo", Map.of());
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).doesNotContain("spin2");
    }

    @Test
    void applyRefusesAScriptThatFailsVerification() {
        long head = head();
        McpSchema.CallToolResult r = f.call(
                "script_apply",
                Map.of("path", "behaviors/bad.lua", "source", "return {", "attachTo", List.of("tower")));
        assertThat(r.isError()).isTrue();
        assertThat(text(r)).startsWith("REFUSED");
        assertThat(head()).isEqualTo(head);
    }

    long head() {
        @SuppressWarnings("unchecked") // structured content is a JSON object
        Map<String, Object> log =
                (Map<String, Object>) f.call("timeline_log", Map.of()).structuredContent();
        return ((Number) log.get("head")).longValue();
    }
}
