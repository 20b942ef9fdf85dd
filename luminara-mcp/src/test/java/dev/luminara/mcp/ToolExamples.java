package dev.luminara.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One valid argument object per tool (what the fuzzer mutates; the arena's cast). */
final class ToolExamples {
    static final Map<String, Map<String, Object>> ALL = new LinkedHashMap<>();

    static {
        Map<String, Object> spawn = Map.of(
                "type", "SpawnRelative",
                "anchor", Map.of("type", "ByName", "name", "player"),
                "offset", Map.of("type", "Forward", "distance", 2.0),
                "template", Map.of("name", "crate", "components", Map.of("MeshShape", Map.of("kind", "BOX"))));
        ALL.put("world_digest", Map.of("level", "detail", "query", "red enemy", "max_tokens", 300));
        ALL.put("world_search", Map.of("query", "tower", "top", 3));
        ALL.put("entity_get", Map.of("entity", "player"));
        ALL.put("schema_get", Map.of("component", "Transform"));
        ALL.put(
                "scene_create_entity",
                Map.of(
                        "name",
                        "crate",
                        "tags",
                        List.of("prop"),
                        "components",
                        Map.of("MeshShape", Map.of("kind", "BOX")),
                        "position",
                        List.of(1, 0.5, 2)));
        ALL.put("scene_modify", Map.of("entity", "tower", "component", "MeshShape", "patch", Map.of("kind", "SPHERE")));
        ALL.put("scene_destroy", Map.of("entity", "pickup_coin_1"));
        ALL.put("intent_apply", Map.of("intent", spawn, "prompt", "crate"));
        ALL.put("batch", Map.of("steps", List.of(spawn, Map.of("type", "DestroyEntity", "entity", "15v0"))));
        ALL.put(
                "script_verify",
                Map.of("path", "behaviors/s.lua", "source", ScriptToolsTest.SPIN, "attachTo", List.of("tower")));
        ALL.put(
                "script_apply",
                Map.of("path", "behaviors/s.lua", "source", ScriptToolsTest.SPIN, "attachTo", List.of("tower")));
        ALL.put("timeline_log", Map.of("limit", 5));
        ALL.put("timeline_undo", Map.of());
        ALL.put("timeline_redo", Map.of());
        ALL.put("timeline_selective_undo", Map.of("operation", 1));
        ALL.put("timeline_branch", Map.of("name", "b1"));
        ALL.put("timeline_checkout", Map.of("name", "main"));
        ALL.put("perf_estimate", Map.of("intent", spawn));
        ALL.put("perf_report", Map.of());
        ALL.put("perf_calibrate", Map.of("frames", 12, "warmup", 0));
        ALL.put("sim_play", Map.of());
        ALL.put("sim_pause", Map.of());
        ALL.put("sim_step", Map.of("frames", 2));
        ALL.put("input_simulate", Map.of("events", List.of(Map.of("type", "press", "control", "jump", "frame", 0))));
        ALL.put("viewport_capture", Map.of("angles", List.of("top"), "width", 64, "height", 64));
        ALL.put("viewport_compare", Map.of("operation", 1, "width", 64, "height", 64));
        ALL.put("capture_and_analyze", Map.of("feedback", "too dark", "width", 64, "height", 64));
        ALL.put("verb_call", Map.of("verb", "Transform.MoveBy", "entity", "player", "args", List.of(1, 0, 0)));
    }

    private ToolExamples() {}
}
