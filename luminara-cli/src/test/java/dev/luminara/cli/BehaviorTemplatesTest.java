package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luminara.ai.AiEngine;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.BehaviorTemplate;
import dev.luminara.ai.intent.DynamicReference;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.testing.Samples;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.script.ScriptStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AI layer's built-in behaviours, attached by intents, run in the real Lua runtime and do what they say. */
class BehaviorTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void everyBuiltInBehaviourRunsAndMovesItsEntity() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("arena"));
        Files.copy(Samples.arenaScene(), folder.resolve("arena.scene.json"));
        try (AiEngine ai = AiEngine.builder()
                .world(GameRuntime.builder().build().world())
                .project(folder)
                .build()) {
            attach(ai, "tower", "spin", Map.of("speed", literal(90)));
            attach(ai, "lamp_west", "bob", Map.of());
            attach(
                    ai,
                    "enemy_grunt_1",
                    "patrol",
                    Map.of("to", new DynamicReference.PositionOf(new EntityReference.ByName("pickup_health"))));
            attach(
                    ai,
                    "enemy_scout",
                    "follow",
                    Map.of("target", new DynamicReference.EntityOf(new EntityReference.ByTag("player"))));
        }
        StringWriter log = new StringWriter();
        GameRuntime game = ScriptSupport.game(
                        GameRuntime.builder().scene(folder.resolve("arena.scene.json")),
                        folder.resolve("arena.scene.json"),
                        null,
                        false,
                        new PrintWriter(log, true))
                .build();
        App app = game.app();
        World w = app.world();
        Map<String, Transform> before = Map.of(
                "tower",
                transform(w, "tower"),
                "lamp_west",
                transform(w, "lamp_west"),
                "enemy_grunt_1",
                transform(w, "enemy_grunt_1"),
                "enemy_scout",
                transform(w, "enemy_scout"));
        app.runFrames(30);
        assertThat(log.toString()).doesNotContain("script error");
        for (String name : before.keySet()) {
            Entity e = named(w, name);
            assertThat(w.get(e, ScriptStatus.class).state())
                    .as(name + ": " + w.get(e, ScriptStatus.class))
                    .isEqualTo("Running");
        }
        assertThat(transform(w, "tower").rotation())
                .isNotEqualTo(before.get("tower").rotation());
        assertThat(transform(w, "lamp_west").position().y())
                .isNotEqualTo(before.get("lamp_west").position().y());
        assertThat(transform(w, "enemy_grunt_1").position())
                .isNotEqualTo(before.get("enemy_grunt_1").position());
        float scoutToPlayerBefore = before.get("enemy_scout")
                .position()
                .distance(transform(w, "player").position());
        assertThat(transform(w, "enemy_scout")
                        .position()
                        .distance(transform(w, "player").position()))
                .isLessThan(scoutToPlayerBefore);
    }

    private static void attach(AiEngine ai, String target, String behaviour, Map<String, DynamicReference> parameters) {
        ai.execute(
                behaviour + " " + target,
                "",
                new AiIntent.AttachBehavior(
                        new EntityReference.ByName(target), BehaviorTemplate.builtin(behaviour), parameters),
                List.of());
    }

    private static DynamicReference literal(double v) {
        return new DynamicReference.Literal(JsonNodeFactory.instance.numberNode(v));
    }

    private static Entity named(World w, String name) {
        return w.query(Name.class).entities().stream()
                .filter(e -> w.get(e, Name.class).value().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Transform transform(World w, String name) {
        return w.get(named(w, name), Transform.class);
    }
}
