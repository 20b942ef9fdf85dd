package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.input.Input;
import dev.luminara.render.Image;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The happy path of every tool, through the SDK's client over piped stdio, on a paused copy of the arena. */
class ToolsTest extends StdioToolTest {

    McpSchema.CallToolResult ok(String tool, Map<String, Object> args) {
        McpSchema.CallToolResult r = f.call(tool, args);
        assertThat(r.isError()).as(tool + ": " + text(r)).isFalse();
        return r;
    }

    @SuppressWarnings("unchecked") // structured content is a JSON object
    static Map<String, Object> structured(McpSchema.CallToolResult r) {
        return (Map<String, Object>) r.structuredContent();
    }

    @SuppressWarnings("unchecked") // JSON arrays of numbers
    List<Number> position(String entity) {
        Map<String, Object> comps = (Map<String, Object>)
                structured(ok("entity_get", Map.of("entity", entity))).get("components");
        return (List<Number>) ((Map<String, Object>) comps.get("Transform")).get("position");
    }

    long head() {
        return ((Number) structured(ok("timeline_log", Map.of())).get("head")).longValue();
    }

    boolean alive(String entity) {
        return !f.call("entity_get", Map.of("entity", entity)).isError();
    }

    @Test
    void digestAtEveryLevel() {
        assertThat(text(ok("world_digest", Map.of("level", "summary")))).contains("entities");
        assertThat(text(ok("world_digest", Map.of("level", "catalog", "max_tokens", 2000))))
                .contains("player")
                .contains("tower");
        McpSchema.CallToolResult detail = ok("world_digest", Map.of("query", "the buggy", "max_tokens", 600));
        assertThat(((Number) structured(detail).get("tokens")).intValue()).isLessThanOrEqualTo(600);
        assertThat(text(ok("world_digest", Map.of("level", "full", "entity", "tower"))))
                .contains("MeshShape");
    }

    @Test
    void searchEntityAndSchemas() {
        assertThat(text(ok("world_search", Map.of("query", "vehicle", "top", 3))))
                .contains("buggy");
        assertThat(text(ok("entity_get", Map.of("entity", "7v0")))).contains("\"player\"");
        assertThat(text(ok("schema_get", Map.of("component", "Transform")))).contains("position");
        assertThat(text(ok("schema_get", Map.of()))).contains("MeshShape").contains("Collider");
    }

    @Test
    void createModifyDestroyAreUndoable() {
        McpSchema.CallToolResult made = ok(
                "scene_create_entity",
                Map.of(
                        "name", "crate",
                        "tags", List.of("prop"),
                        "components", Map.of("MeshShape", Map.of("kind", "BOX", "color", "brown")),
                        "position", List.of(1, 0.5, 2)));
        assertThat(text(made)).contains("created");
        assertThat(position("crate")).containsExactly(1.0, 0.5, 2.0);

        ok(
                "scene_modify",
                Map.of("entity", "crate", "component", "Transform", "patch", Map.of("position", List.of(3, 0.5, 2))));
        assertThat(position("crate").get(0).doubleValue()).isEqualTo(3.0);
        ok(
                "scene_modify",
                Map.of("entity", "crate", "component", "Velocity", "patch", Map.of("linear", List.of(0, 0, 1))));
        assertThat(text(ok("entity_get", Map.of("entity", "crate")))).contains("Velocity");
        ok("scene_modify", Map.of("entity", "crate", "component", "Velocity", "remove", true));
        assertThat(text(ok("entity_get", Map.of("entity", "crate")))).doesNotContain("Velocity");

        ok("scene_destroy", Map.of("entity", "tower"));
        assertThat(alive("tower")).isFalse();
        assertThat(alive("tower_lamp")).as("children go with their parent").isFalse();
        ok("timeline_undo", Map.of());
        assertThat(alive("tower")).isTrue();
        assertThat(alive("tower_lamp")).isTrue();
        ok("timeline_undo", Map.of());
        ok("timeline_undo", Map.of());
        ok("timeline_undo", Map.of());
        assertThat(position("crate").get(0).doubleValue()).isEqualTo(1.0);
        ok("timeline_undo", Map.of());
        assertThat(alive("crate")).isFalse();
        ok("timeline_redo", Map.of());
        assertThat(alive("crate")).isTrue();
    }

    @Test
    void theThreeIntents() {
        ok("intent_apply", VerticalSliceTest.SPAWN);
        assertThat(alive("crate")).isTrue();
        ok(
                "intent_apply",
                Map.of(
                        "intent",
                        Map.of(
                                "type",
                                "ModifyMatching",
                                "target",
                                Map.of("type", "ByTag", "tag", "enemy"),
                                "component",
                                "MeshShape",
                                "mutation",
                                Map.of("type", "SetField", "path", "color", "value", List.of(1, 1, 0, 1)))));
        assertThat(text(ok("entity_get", Map.of("entity", "enemy_scout")))).contains("[1.0,1.0,0.0,1.0]");
        McpSchema.CallToolResult attach = ok(
                "intent_apply",
                Map.of(
                        "intent",
                        Map.of(
                                "type", "AttachBehavior",
                                "target", Map.of("type", "ByName", "name", "tower"),
                                "behavior", Map.of("name", "spin"),
                                "parameters", Map.of())));
        assertThat(text(attach)).contains("operation #3");
        assertThat(text(ok("entity_get", Map.of("entity", "tower"))))
                .contains("Script")
                .contains("behaviors/");
        ok("timeline_undo", Map.of());
        assertThat(text(ok("entity_get", Map.of("entity", "tower")))).doesNotContain("Script");
    }

    @Test
    void batchIsAllOrNothing() {
        Map<String, Object> spawn = Map.of(
                "type",
                "SpawnEntity",
                "template",
                Map.of("name", "box_a", "components", Map.of()),
                "position",
                List.of(0, 1, 0));
        Map<String, Object> move = Map.of(
                "type", "ModifyComponent",
                "entity", "7v0",
                "component", "Transform",
                "mutation", Map.of("type", "AddToField", "path", "position", "delta", List.of(0, 2, 0)));
        McpSchema.CallToolResult r =
                ok("batch", Map.of("steps", List.of(spawn, move, VerticalSliceTest.SPAWN.get("intent"))));
        assertThat(alive("box_a")).isTrue();
        assertThat(alive("crate")).isTrue();
        assertThat(position("player").get(1).doubleValue()).isCloseTo(2.9, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(((Number) structured(r).get("operation")).longValue()).isEqualTo(head());

        long before = head();
        Map<String, Object> broken = Map.of("type", "DestroyEntity", "entity", "999v0");
        McpSchema.CallToolResult refused = f.call(
                "batch",
                Map.of("steps", List.of(Map.of("type", "SpawnEntity", "template", Map.of("name", "box_b")), broken)));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("step 1");
        assertThat(alive("box_b")).isFalse();
        assertThat(head()).isEqualTo(before);
        ok("timeline_undo", Map.of());
        assertThat(alive("box_a")).isFalse();
        assertThat(alive("crate")).isFalse();
    }

    @Test
    void selectiveUndoBranchesAndCheckout() {
        ok(
                "scene_modify",
                Map.of("entity", "tower", "component", "MeshShape", "patch", Map.of("color", List.of(1, 0, 0, 1))));
        long first = head();
        ok(
                "scene_modify",
                Map.of("entity", "buggy", "component", "MeshShape", "patch", Map.of("color", List.of(0, 1, 0, 1))));
        McpSchema.CallToolResult reverted = ok("timeline_selective_undo", Map.of("operation", first));
        assertThat(text(reverted)).contains("reverted #" + first);
        assertThat(text(ok("entity_get", Map.of("entity", "tower")))).doesNotContain("[1.0,0.0,0.0,1.0]");
        assertThat(text(ok("entity_get", Map.of("entity", "buggy")))).contains("[0.0,1.0,0.0,1.0]");

        ok("timeline_branch", Map.of("name", "before-green", "from", first));
        ok("timeline_checkout", Map.of("name", "before-green"));
        assertThat(text(ok("entity_get", Map.of("entity", "buggy")))).doesNotContain("[0.0,1.0,0.0,1.0]");
        assertThat(text(ok("entity_get", Map.of("entity", "tower")))).contains("[1.0,0.0,0.0,1.0]");
        Map<String, Object> log = structured(ok("timeline_log", Map.of("limit", 5)));
        assertThat(log.get("branch")).isEqualTo("before-green");
        ok("timeline_checkout", Map.of("name", "main"));
        assertThat(text(ok("entity_get", Map.of("entity", "buggy")))).contains("[0.0,1.0,0.0,1.0]");
    }

    @Test
    void simulationAndInput() {
        assertThat(structured(ok("sim_step", Map.of("frames", 10))).get("frame"))
                .isEqualTo(10);
        Map<String, Object> played = structured(ok("sim_play", Map.of()));
        assertThat(played.get("playing")).isEqualTo(true);
        Map<String, Object> paused = structured(ok("sim_pause", Map.of()));
        assertThat(paused.get("playing")).isEqualTo(false);
        long frame = ((Number) paused.get("frame")).longValue();
        Map<String, Object> input = structured(ok(
                "input_simulate",
                Map.of(
                        "events",
                        List.of(Map.of("type", "press", "control", "jump", "frame", 0, "frames", 3)),
                        "run",
                        5)));
        assertThat(input.get("events")).isEqualTo(1);
        assertThat(((Number) input.get("frame")).longValue()).isEqualTo(frame + 5);
        boolean heldLater = f.server.engine().call(w -> w.resource(Input.class).pressed("jump"));
        assertThat(heldLater).as("a 3-frame press is over after 5 frames").isFalse();
        ok(
                "input_simulate",
                Map.of(
                        "events",
                        List.of(Map.of("type", "press", "control", "jump", "frame", 0, "frames", 3)),
                        "run",
                        2));
        boolean held = f.server.engine().call(w -> w.resource(Input.class).pressed("jump"));
        assertThat(held).as("the game sees the scripted press").isTrue();
    }

    @Test
    void performance() {
        Map<String, Object> spawnMany = Map.of(
                "type", "SpawnRelative",
                "anchor", Map.of("type", "ByName", "name", "player"),
                "offset", Map.of("type", "Above", "height", 2.0),
                "template", Map.of("name", "ball", "components", Map.of("MeshShape", Map.of("kind", "SPHERE"))),
                "count", 200);
        Map<String, Object> estimate = structured(ok("perf_estimate", Map.of("intent", spawnMany)));
        assertThat(estimate).containsKeys("severity", "predictedFrameMillis");
        assertThat(alive("ball")).as("an estimate applies nothing").isFalse();
        assertThat(structured(ok("perf_report", Map.of()))).isNotEmpty();
    }

    @Test
    void calibrationMeasuresCopiesAndLeavesTheGameAlone() {
        long frame = f.server.engine().frame();
        WorldSnapshot before = f.server.engine().call(World::snapshot);
        McpSchema.CallToolResult r = ok("perf_calibrate", Map.of("frames", 24, "warmup", 2));
        Map<String, Object> out = structured(r);
        int entities = f.server.engine().call(World::entityCount);
        assertThat(text(r)).startsWith("calibrated on ").contains("(" + entities + " to ");
        assertThat((List<?>) out.get("measurements")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(((Map<?, ?>) out.get("componentNanos")).containsKey("Transform"))
                .isTrue();
        assertThat(f.server.engine().frame()).as("the game is not stepped").isEqualTo(frame);
        assertThat(f.server.engine().call(World::snapshot).sameContent(before)).isTrue();
        assertThat(f.server.engine().ai().advisor().model().measurements()).isGreaterThanOrEqualTo(3);
        McpSchema.CallToolResult refused = f.call("perf_calibrate", Map.of("frames", 5));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("frames");
    }

    @Test
    void viewportCaptureAndCompare() {
        McpSchema.CallToolResult shot =
                ok("viewport_capture", Map.of("angles", List.of("camera", "top"), "width", 320, "height", 180));
        List<McpSchema.ImageContent> images = images(shot);
        assertThat(images).hasSize(2);
        Image png = Image.decode(Base64.getDecoder().decode(images.get(0).data()));
        assertThat(png.width()).isEqualTo(320);
        assertThat(png.height()).isEqualTo(180);
        assertThat(text(shot)).contains("player");

        ok(
                "scene_modify",
                Map.of("entity", "player", "component", "Transform", "patch", Map.of("position", List.of(4, 0.9, 8))));
        McpSchema.CallToolResult diff =
                ok("viewport_compare", Map.of("operation", head(), "angle", "top", "width", 320, "height", 320));
        Map<String, Object> s = structured(diff);
        assertThat(((Number) s.get("changedPixels")).longValue()).isPositive();
        assertThat(s.get("changes").toString())
                .contains("player")
                .contains("MODIFIED")
                .contains("Transform");
        assertThat(s.get("regions").toString())
                .as("a changed region is explained by the player")
                .contains("7v0");
        assertThat(images(diff)).hasSize(3);
    }

    @Test
    void analyzeWithoutSampling() {
        McpSchema.CallToolResult r =
                ok("capture_and_analyze", Map.of("feedback", "the tower looks too small", "width", 256, "height", 144));
        assertThat(structured(r).get("sampled")).isEqualTo(false);
        assertThat(images(r)).hasSize(1);
        assertThat(text(r)).contains("tower");
    }

    @Test
    void verbsRunThroughTheTimeline() {
        List<Number> start = position("player");
        McpSchema.CallToolResult moved =
                ok("verb_call", Map.of("verb", "Transform.MoveBy", "entity", "player", "args", List.of(1, 0, 0)));
        assertThat(structured(moved).get("changed")).isEqualTo(true);
        assertThat(position("player").get(0).doubleValue())
                .isEqualTo(start.get(0).doubleValue() + 1);
        ok("timeline_undo", Map.of());
        assertThat(position("player").get(0).doubleValue())
                .isEqualTo(start.get(0).doubleValue());
        long before = head();
        McpSchema.CallToolResult speed = ok("verb_call", Map.of("verb", "Vehicle.GetSpeed", "entity", "buggy"));
        assertThat(structured(speed).get("changed")).isEqualTo(false);
        assertThat(head()).isEqualTo(before);
        ok("verb_call", Map.of("verb", "Object.Destroy", "entity", "pickup_coin_1"));
        assertThat(alive("pickup_coin_1")).isFalse();
        ok("timeline_undo", Map.of());
        assertThat(alive("pickup_coin_1")).isTrue();
    }

    static List<McpSchema.ImageContent> images(McpSchema.CallToolResult r) {
        return r.content().stream()
                .filter(c -> c instanceof McpSchema.ImageContent)
                .map(c -> (McpSchema.ImageContent) c)
                .toList();
    }
}
