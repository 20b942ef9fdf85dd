package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.mcp.internal.EngineHost;
import dev.luminara.mcp.internal.ToolRunner;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Argument fuzzing of every tool through the SDK client: each tool's valid example arguments, mutated (members
 * dropped, replaced by random JSON, unknown ones added, nested values changed) or replaced outright. Every call is
 * answered (no protocol error, no unexpected exception); every refused call leaves the world
 * ({@link WorldSnapshot#sameContent}) and the timeline head as they were.
 */
class ToolFuzzProperties {
    static McpFixture f;
    static long unexpectedBefore;

    @BeforeContainer
    static void open() {
        f = McpFixture.stdio();
        unexpectedBefore = ToolRunner.unexpectedFailures();
    }

    @AfterContainer
    static void close() {
        if (f != null) f.close();
    }

    @Provide
    Arbitrary<String> tools() {
        return Arbitraries.of(List.copyOf(ToolExamples.ALL.keySet()));
    }

    @Property(tries = 3000)
    void everyCallIsAnsweredAndARefusalChangesNothing(@ForAll("tools") String tool, @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, Object> args = Mutator.mutate(ToolExamples.ALL.get(tool), random);
        EngineHost host = f.server.engine();
        WorldSnapshot before = host.call(World::snapshot);
        long head = host.call(w -> host.timeline().headId());

        McpSchema.CallToolResult r = f.call(tool, args);

        String answer = text(r);
        Statistics.label("outcome").collect(Boolean.TRUE.equals(r.isError()) ? "refused" : "accepted");
        Statistics.label("tool").collect(tool);
        assertThat(answer).as(tool + " " + args).doesNotContain("internal error");
        assertThat(ToolRunner.unexpectedFailures()).as(tool + " " + args).isEqualTo(unexpectedBefore);
        if (Boolean.TRUE.equals(r.isError())) {
            assertThat(answer).as(tool + " " + args).isNotBlank();
            long after = host.call(w -> host.timeline().headId());
            assertThat(after).as(tool + " " + args).isEqualTo(head);
            assertThat(host.call(World::snapshot).sameContent(before))
                    .as(tool + " " + args + " -> " + answer)
                    .isTrue();
        } else {
            host.pause(); // a valid sim_play must not keep changing the world under the next try
            McpSchema.CallToolResult health = f.call("world_search", Map.of("query", "player"));
            assertThat(health.isError())
                    .as("after " + tool + " " + args + ": " + text(health))
                    .isFalse();
        }
    }

    /** Random JSON edits of an argument object. */
    static final class Mutator {
        static final List<String> KEYS = List.of(
                "entity",
                "query",
                "type",
                "intent",
                "steps",
                "name",
                "patch",
                "operation",
                "args",
                "events",
                "distance",
                "count",
                "radius",
                "position",
                "value",
                "factor",
                "delta",
                "frames");

        static Map<String, Object> mutate(Map<String, Object> example, Random r) {
            if (r.nextInt(8) == 0) return randomObject(r, 2);
            Map<String, Object> out = deepCopy(example);
            int edits = 1 + r.nextInt(3);
            for (int i = 0; i < edits; i++) edit(out, r, 0);
            return out;
        }

        @SuppressWarnings("unchecked") // JSON trees of maps and lists
        static void edit(Map<String, Object> m, Random r, int depth) {
            List<String> keys = new ArrayList<>(m.keySet());
            int choice = r.nextInt(5);
            if (choice == 0 && !keys.isEmpty()) {
                m.remove(keys.get(r.nextInt(keys.size())));
            } else if (choice == 1 || keys.isEmpty()) {
                String key = r.nextBoolean() && !keys.isEmpty()
                        ? keys.get(r.nextInt(keys.size()))
                        : KEYS.get(r.nextInt(KEYS.size()));
                m.put(key, randomValue(r, 2));
            } else if (choice == 2) {
                m.put("x" + r.nextInt(100), randomValue(r, 1));
            } else {
                String key = keys.get(r.nextInt(keys.size()));
                Object v = m.get(key);
                if (v instanceof Map<?, ?> nested && depth < 4) edit((Map<String, Object>) nested, r, depth + 1);
                else if (v instanceof List<?> list && !list.isEmpty() && depth < 4) {
                    List<Object> l = new ArrayList<>((List<Object>) list);
                    m.put(key, l);
                    int i = r.nextInt(l.size());
                    if (l.get(i) instanceof Map<?, ?> nm && r.nextBoolean())
                        edit((Map<String, Object>) nm, r, depth + 1);
                    else l.set(i, randomValue(r, 1));
                } else m.put(key, randomValue(r, 2));
            }
        }

        static Object randomValue(Random r, int depth) {
            switch (r.nextInt(depth > 0 ? 16 : 13)) {
                case 0:
                    return null;
                case 1:
                    return r.nextBoolean();
                case 2:
                    return "";
                case 3:
                    return List.of(
                                    "7v0",
                                    "999v0",
                                    "player",
                                    "tower",
                                    "../../etc/passwd",
                                    "x".repeat(300),
                                    "Ω≈ç√",
                                    "12v9")
                            .get(r.nextInt(8));
                case 4:
                    return r.nextInt();
                case 5:
                    return -1;
                case 6:
                    return 0;
                case 7:
                    return Long.MAX_VALUE;
                case 8:
                    return r.nextDouble() * 1e6 - 5e5;
                case 9:
                    return 1e308;
                case 10:
                    return List.of(
                                    "SpawnRelative",
                                    "ModifyMatching",
                                    "AttachBehavior",
                                    "SpawnEntity",
                                    "CreateScript",
                                    "DestroyEntity",
                                    "ByName",
                                    "Forward",
                                    "SetField",
                                    "camera",
                                    "iso",
                                    "lua",
                                    "summary",
                                    "full")
                            .get(r.nextInt(14));
                case 11:
                    return 3;
                case 12:
                    return "Transform";
                case 13:
                    return randomObject(r, depth - 1);
                case 14: {
                    List<Object> l = new ArrayList<>();
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) l.add(randomValue(r, depth - 1));
                    return l;
                }
                default:
                    return new ArrayList<>(List.of(r.nextInt(10), r.nextInt(10), r.nextInt(10)));
            }
        }

        static Map<String, Object> randomObject(Random r, int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) m.put(KEYS.get(r.nextInt(KEYS.size())), randomValue(r, Math.max(0, depth)));
            return m;
        }

        @SuppressWarnings("unchecked") // JSON trees of maps and lists
        static <T> T deepCopy(T value) {
            if (value instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put((String) k, deepCopy(v)));
                return (T) out;
            }
            if (value instanceof List<?> l) {
                List<Object> out = new ArrayList<>();
                l.forEach(v -> out.add(deepCopy(v)));
                return (T) out;
            }
            return value;
        }
    }
}
