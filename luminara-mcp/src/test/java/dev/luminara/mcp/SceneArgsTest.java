package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** scene_create_entity's names and positions, scene_modify's empty patch: refused or made unambiguous, never silent. */
class SceneArgsTest extends StdioToolTest {

    long head() {
        McpSchema.CallToolResult r = f.call("timeline_log", Map.of());
        return ((Number) ((Map<?, ?>) r.structuredContent()).get("head")).longValue();
    }

    McpSchema.CallToolResult refused(String tool, Map<String, Object> args, String... mentions) {
        long before = head();
        McpSchema.CallToolResult r = f.call(tool, args);
        assertThat(r.isError()).as(tool + " " + args + ": " + text(r)).isTrue();
        assertThat(text(r)).contains(mentions);
        assertThat(head()).as("nothing recorded").isEqualTo(before);
        return r;
    }

    @Test
    void aTakenNameGetsASuffixAsIntentsDoAndTheReplySaysSo() {
        assertThat(f.call("scene_create_entity", Map.of("name", "crate")).isError())
                .isFalse();
        McpSchema.CallToolResult second = f.call("scene_create_entity", Map.of("name", "crate"));
        assertThat(second.isError()).as(text(second)).isFalse();
        assertThat(text(second)).contains("named it crate_2 (crate is taken)");
        assertThat(((Map<?, ?>) second.structuredContent()).get("name")).isEqualTo("crate_2");
        assertThat(((Map<?, ?>) second.structuredContent()).get("renamedFrom")).isEqualTo("crate");
        assertThat(f.call("entity_get", Map.of("entity", "crate")).isError())
                .as("crate is still one entity")
                .isFalse();
        assertThat(f.call("entity_get", Map.of("entity", "crate_2")).isError()).isFalse();
        assertThat(text(f.call("scene_create_entity", Map.of("name", "crate")))).contains("crate_3");
    }

    @Test
    void namesThatReadAsIdsAreRefused() {
        for (String name : List.of("7v0", "12", "0v12")) {
            refused("scene_create_entity", Map.of("name", name), "name", "'" + name + "' reads as an entity id");
        }
        refused(
                "scene_create_entity",
                Map.of("components", Map.of("Name", Map.of("value", "7v0"))),
                "components.Name",
                "name argument");
        assertThat(f.call("scene_create_entity", Map.of("name", "v7")).isError())
                .isFalse();
    }

    @Test
    void positionTwiceIsRefusedNamingBoth() {
        refused(
                "scene_create_entity",
                Map.of(
                        "name",
                        "box",
                        "position",
                        List.of(1, 0, 1),
                        "components",
                        Map.of("Transform", Map.of("position", List.of(2, 0, 2)))),
                "give position or components.Transform.position, not both");
        assertThat(f.call(
                                "scene_create_entity",
                                Map.of(
                                        "position",
                                        List.of(1, 0, 1),
                                        "components",
                                        Map.of("Transform", Map.of("scale", List.of(2, 2, 2)))))
                        .isError())
                .isFalse();
    }

    @Test
    void anEmptyPatchIsRefusedAndNotRecorded() {
        refused(
                "scene_modify",
                Map.of("entity", "tower", "component", "Transform", "patch", Map.of()),
                "patch is empty: nothing to change");
    }

    @Test
    void positionsBeyondTheDocumentedLimitAreRefused() {
        refused("scene_create_entity", Map.of("position", List.of(2e6, 0, 0)), "position", "within +-1e6", "2");
        assertThat(f.call("scene_create_entity", Map.of("position", List.of(1e6, 0, 0)))
                        .isError())
                .isFalse();
    }
}
