package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.Time;
import dev.luminara.core.json.Json;
import dev.luminara.core.scene.Scenes;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.core.testing.Samples;
import dev.luminara.script.BudgetWindow;
import dev.luminara.script.LimitKind;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptReport;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.TierPolicy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the verifier will do: attach an (AI-written) script to an entity of a fork of the arena by JSON, run it for N
 * frames under a RUN-window sandbox, and read the report; the original world is untouched.
 */
class VerifierUseTest {
    @Test
    void aScriptAttachedByJsonRunsOnAForkAndIsReportedWithoutTouchingTheOriginal() throws Exception {
        World original = new World();
        original.insertResource(Time.start(60));
        original.register(ScriptComponent.class);
        Scenes.load(Samples.arenaScene(), original);
        WorldSnapshot before = original.snapshot();

        World fork = original.fork();
        Map<String, byte[]> files = new HashMap<>();
        files.put(
                "ai/guard.lua",
                ("local G = {}\n"
                                + "function G:on_update(dt)\n"
                                + "  world.spawn('marker', transform.get_position(self.entity))\n"
                                + "end\n"
                                + "return G\n")
                        .getBytes(StandardCharsets.UTF_8));
        SandboxConfig config = LuaHarness.RELAXED.withMaxEntitiesSpawned(5).withWindow(BudgetWindow.RUN);
        try (ScriptHost host = ScriptingPlugin.builder()
                .sources(id -> Optional.ofNullable(files.get(id.path())))
                .runtime(new LuaRuntime())
                .sandbox(config)
                .tiers(TierPolicy.ALL_SANDBOXED)
                .buildHost(fork)) {
            Entity tower = fork.query(dev.luminara.core.component.Name.class).entities().stream()
                    .filter(e -> fork.get(e, dev.luminara.core.component.Name.class)
                            .value()
                            .equals("tower"))
                    .findFirst()
                    .orElseThrow();
            JsonNode json = Json.mapper().readTree("{\"path\": \"ai/guard.lua\"}");
            var type = fork.components().byName("Script");
            fork.commands().insert(tower, ComponentJson.fromJson(ScriptComponent.class, type.schema(), json));
            fork.applyCommands();
            int entitiesBefore = fork.entityCount();
            for (int i = 0; i < 10; i++) {
                host.update();
                fork.applyCommands();
            }
            ScriptReport report = host.report();
            assertThat(report.entitiesSpawned()).isEqualTo(5);
            assertThat(fork.entityCount()).isEqualTo(entitiesBefore + 5);
            ScriptError limit = report.limitsHit().get(0);
            assertThat(limit.limit()).isEqualTo(LimitKind.ENTITIES_SPAWNED);
            assertThat(limit.entity()).isEqualTo(tower);
            assertThat(report.callsByFunction()).containsEntry("world.spawn", 6L);
        }
        assertThat(before.sameContent(original.snapshot())).isTrue();
    }
}
