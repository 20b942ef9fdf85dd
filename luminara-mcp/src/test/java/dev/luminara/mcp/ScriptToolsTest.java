package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** script_verify and script_apply through the verifier, over the SDK client. */
class ScriptToolsTest extends StdioToolTest {
    static final String SPIN =
            "return {\n  on_update = function(self, dt) transform.rotate_y(self.entity, 45 * dt) end,\n}\n";

    /**
     * A WASM module whose {@code on_update(entity i64, dt f64)} calls {@code transform.rotate_y(entity, 10.0)}: one
     * type, one import, one function, its export, its body.
     */
    static final byte[] TURN = HexFormat.of()
            .parseHex(
                    "0061736d01000000" // magic, version 1
                            + "01060160027e7c00" // type 0: (i64, f64) -> ()
                            + "021f01086c756d696e617261127472616e73666f726d2e726f746174655f790000" // luminara.transform.rotate_y
                            + "03020100" // function 1 has type 0
                            + "070d01096f6e5f7570646174650001" // export "on_update" = function 1
                            + "0a11010f0020004400000000000024401000" + "0b"); // local.get 0, f64.const 10, call 0, end

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
    void applyOnAPausedGameDoesNotAdvanceIt() {
        String player = text(f.call("entity_get", Map.of("entity", "player")));
        McpSchema.CallToolResult r = f.call(
                "script_apply", Map.of("path", "behaviors/spin2.lua", "source", SPIN, "attachTo", List.of("tower")));
        assertThat(r.isError()).as(text(r)).isFalse();
        assertThat(text(r)).startsWith("APPLIED");
        // the frames stepped to measure the apply were undone: the falling player did not settle meanwhile
        assertThat(text(f.call("entity_get", Map.of("entity", "player")))).isEqualTo(player);
    }

    @Test
    void applyWritesAWasmModuleAsItsBytesUndoneAndRedoneThroughTheTimelineTools() throws IOException {
        Path file = scripts().resolve("behaviors/turn.wasm");
        long head = head();
        McpSchema.CallToolResult r = f.call(
                "script_apply",
                Map.of(
                        "path",
                        "behaviors/turn.wasm",
                        "wasm",
                        Base64.getEncoder().encodeToString(TURN),
                        "attachTo",
                        List.of("tower")));
        assertThat(r.isError()).as(text(r)).isFalse();
        assertThat(text(r)).startsWith("APPLIED");
        assertThat(head()).isGreaterThan(head);
        assertThat(Files.readAllBytes(file)).isEqualTo(TURN);
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).contains("behaviors/turn.wasm");

        McpSchema.CallToolResult undo = f.call("timeline_undo", Map.of());
        assertThat(undo.isError()).as(text(undo)).isFalse();
        assertThat(head()).isEqualTo(head);
        assertThat(file).doesNotExist();
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).doesNotContain("turn.wasm");

        McpSchema.CallToolResult redo = f.call("timeline_redo", Map.of());
        assertThat(redo.isError()).as(text(redo)).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(TURN);
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).contains("behaviors/turn.wasm");
    }

    @Test
    void applyingAModuleOverACommittedOneIsUndoneToItsExactBytes() throws IOException {
        Path file = scripts().resolve("spinner.wasm");
        byte[] committed = Files.readAllBytes(file);
        assertThat(committed).isNotEqualTo(TURN);
        McpSchema.CallToolResult r = f.call(
                "script_apply",
                Map.of(
                        "path",
                        "spinner.wasm",
                        "wasm",
                        Base64.getEncoder().encodeToString(TURN),
                        "language",
                        "wasm",
                        "attachTo",
                        List.of("tower")));
        assertThat(text(r)).startsWith("APPLIED");
        assertThat(Files.readAllBytes(file)).isEqualTo(TURN);
        f.call("timeline_undo", Map.of());
        assertThat(Files.readAllBytes(file)).isEqualTo(committed);
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

    /** The working copy's scripts folder (the server never writes the committed sample). */
    Path scripts() {
        return f.server.engine().game().scriptRoot().orElseThrow();
    }

    long head() {
        @SuppressWarnings("unchecked") // structured content is a JSON object
        Map<String, Object> log =
                (Map<String, Object>) f.call("timeline_log", Map.of()).structuredContent();
        return ((Number) log.get("head")).longValue();
    }
}
