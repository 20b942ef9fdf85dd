package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad calls: the protocol error for an unknown tool; isError naming the field for bad arguments; nothing changed. */
class ErrorsTest {
    static McpFixture f;

    @BeforeAll
    static void open() {
        f = McpFixture.stdio();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    McpSchema.CallToolResult refused(String tool, Map<String, Object> args, String... mentions) {
        McpSchema.CallToolResult r = f.call(tool, args);
        assertThat(r.isError()).as(tool + " " + args + ": " + text(r)).isTrue();
        assertThat(text(r)).contains(mentions);
        assertThat(text(r)).doesNotContain("\tat ").doesNotContain("Exception:");
        return r;
    }

    @Test
    void unknownToolIsAProtocolError() {
        assertThatThrownBy(() -> f.call("no_such_tool", Map.of()))
                .isInstanceOfSatisfying(
                        McpError.class,
                        e -> assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
    }

    @Test
    void schemaViolationsNameTheField() {
        refused("world_search", Map.of(), "query");
        refused("world_search", Map.of("query", "x", "top", 500), "top");
        refused("world_search", Map.of("query", 7), "query");
        refused("sim_step", Map.of("frames", -1), "frames");
        refused("world_digest", Map.of("level", "everything"), "level");
        refused("entity_get", Map.of("entity", "x", "extra", 1), "extra");
        refused("scene_create_entity", Map.of("position", List.of(1, 2)), "position");
        refused("timeline_branch", Map.of("name", "has space"), "name");
    }

    @Test
    void engineRefusalsNameTheInput() {
        refused("entity_get", Map.of("entity", "nobody"), "entity", "nobody");
        refused("entity_get", Map.of("entity", "999v0"), "entity", "999v0");
        refused("schema_get", Map.of("component", "Nope"), "Nope");
        refused(
                "scene_modify",
                Map.of("entity", "tower", "component", "Transform", "patch", Map.of("position", "up")),
                "position");
        refused("scene_modify", Map.of("entity", "tower", "component", "Transform"), "patch");
        refused("intent_apply", Map.of("intent", Map.of("type", "Teleport")), "intent.type");
        refused(
                "intent_apply",
                Map.of(
                        "intent",
                        Map.of(
                                "type",
                                "ModifyMatching",
                                "target",
                                Map.of("type", "ByTag", "tag", "dragons"),
                                "component",
                                "MeshShape",
                                "mutation",
                                Map.of("type", "SetField", "path", "color", "value", "red"))),
                "dragons");
        refused(
                "batch",
                Map.of("steps", List.of(Map.of("type", "CreateScript", "path", "x.lua", "source", "--"))),
                "script_apply");
        refused(
                "batch",
                Map.of("steps", List.of(Map.of("type", "WriteScriptBytes", "path", "x.wasm", "bytes", "AGFzbQEAAAA="))),
                "script_apply");
        refused("timeline_selective_undo", Map.of("operation", 12345), "12345");
        refused("timeline_checkout", Map.of("name", "nowhere"), "nowhere");
        refused("viewport_compare", Map.of("operation", 999), "999");
        refused(
                "verb_call",
                Map.of("verb", "Transform.MoveBy", "entity", "player", "args", List.of("a", "b", "c")),
                "MoveBy");
        refused("input_simulate", Map.of("events", List.of(Map.of("type", "press"))), "events");
        refused("script_verify", Map.of("path", "x.lua"), "source");
    }

    @Test
    void jacksonTextNeverReachesTheAgent() {
        Map<String, Object> far = Map.of(
                "type", "SpawnRelative",
                "anchor", Map.of("type", "ByName", "name", "player"),
                "offset", Map.of("type", "Forward", "distance", "far"),
                "template", Map.of("name", "far"));
        for (McpSchema.CallToolResult r : List.of(
                refused(
                        "intent_apply",
                        Map.of("intent", far),
                        "intent.offset.distance",
                        "expected a number, got the string \"far\""),
                refused(
                        "batch",
                        Map.of("steps", List.of(Map.of("type", "DestroyEntity", "entity", "tower"), far)),
                        "steps[1].offset.distance",
                        "expected a number"),
                refused(
                        "batch",
                        Map.of("steps", List.of(Map.of("type", "DestroyEntity", "entity", List.of(15)))),
                        "steps[0].entity",
                        "expected an entity id (like 12v0), got an array"),
                refused(
                        "batch",
                        Map.of("steps", List.of(Map.of("type", "DestroyEntity", "entity", "box_c"))),
                        "steps[0].entity",
                        "box_c"),
                refused(
                        "batch",
                        Map.of("steps", List.of(Map.of("type", "DestroyEntity"))),
                        "steps[0].entity",
                        "required"),
                refused(
                        "batch",
                        Map.of("steps", List.of(Map.of("type", "DestroyEntity", "entity", "tower", "force", true))),
                        "steps[0].force",
                        "unknown member"))) {
            assertThat(text(r))
                    .doesNotContain("Cannot")
                    .doesNotContain("CoercionConfig")
                    .doesNotContain("dev.luminara")
                    .doesNotContain("java.");
        }
    }

    @Test
    void batchStepsTakeUniqueNamesForEntities() {
        McpSchema.CallToolResult r = f.call(
                "batch",
                Map.of(
                        "steps",
                        List.of(Map.of(
                                "type",
                                "ModifyComponent",
                                "entity",
                                "tower",
                                "component",
                                "Transform",
                                "mutation",
                                Map.of("type", "SetField", "path", "position", "value", List.of(3, 0, 3))))));
        assertThat(r.isError()).as(text(r)).isFalse();
        assertThat(text(f.call("entity_get", Map.of("entity", "tower")))).contains("3.0");
        assertThat(f.call("timeline_undo", Map.of()).isError()).isFalse();
    }

    @Test
    void scriptRefusalsNameTheRealArgument() {
        for (String tool : List.of("script_verify", "script_apply")) {
            McpSchema.CallToolResult both = refused(
                    tool,
                    Map.of("path", "b/x.lua", "source", "--", "wasm", "AGFzbQEAAAA="),
                    "source",
                    "wasm",
                    "not both");
            assertThat(text(both)).doesNotContain("'submission'");
            refused(tool, Map.of("path", "../x.lua", "source", "--"), "argument 'path'", "..");
            refused(tool, Map.of("path", "b/x.lua", "source", "--", "language", "wasm"), "argument 'language'");
            refused(tool, Map.of("path", "b/x.wasm", "source", "--"), "argument 'wasm'");
            refused(tool, Map.of("path", "b/x.lua", "wasm", "AGFzbQEAAAA="), "argument 'source'");
            refused(tool, Map.of("path", "b/x.wasm", "wasm", "not base64!"), "argument 'wasm'", "base64");
            McpSchema.CallToolResult target = refused(
                    tool,
                    Map.of("path", "b/x.lua", "source", "--", "attachTo", List.of(Map.of("type", "Nowhere"))),
                    "argument 'attachTo[0]'");
            assertThat(text(target)).doesNotContain("'submission'");
        }
    }

    @Test
    void numbersAWorldCannotHoldAreRefused() {
        Map<String, Object> far = Map.of(
                "type", "SpawnRelative",
                "anchor", Map.of("type", "ByName", "name", "player"),
                "offset", Map.of("type", "Forward", "distance", 1e308),
                "template", Map.of("name", "far"));
        refused("intent_apply", Map.of("intent", far), "intent.offset.distance");
        refused(
                "scene_create_entity",
                Map.of("components", Map.of("Transform", Map.of("position", List.of(0, 1e300, 0)))),
                "components.Transform.position[1]");
        Map<String, Object> grow = Map.of(
                "type",
                "ModifyMatching",
                "target",
                Map.of("type", "ByName", "name", "tower"),
                "component",
                "Transform",
                "mutation",
                Map.of("type", "ScaleField", "path", "scale", "factor", 1e6));
        boolean overflowRefused = false;
        for (int i = 0; i < 10 && !overflowRefused; i++) {
            McpSchema.CallToolResult r = f.call("intent_apply", Map.of("intent", grow));
            overflowRefused = Boolean.TRUE.equals(r.isError()) && text(r).contains("finite");
        }
        assertThat(overflowRefused).as("scaling past float range is refused").isTrue();
        assertThat(f.call("world_search", Map.of("query", "tower")).isError()).isFalse();
        assertThat(f.call("world_digest", Map.of()).isError()).isFalse();
    }

    @Test
    void nothingToUndoIsAnErrorNotACrash() {
        refused("timeline_redo", Map.of(), "redo");
    }
}
