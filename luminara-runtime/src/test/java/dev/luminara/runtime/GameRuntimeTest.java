package dev.luminara.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.scene.SceneException;
import dev.luminara.core.testing.Samples;
import dev.luminara.lunyscript.luminara.Steering;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameRuntimeTest {
    static final Path SCRIPTED = Samples.find(Path.of("samples/arena/arena-scripted.scene.json"));

    @Test
    void theScriptedArenaRunsItsLuaAndWasmScriptsWithoutErrors() {
        try (GameRuntime game = GameRuntime.builder().scene(SCRIPTED).build()) {
            assertThat(game.scriptRoot())
                    .contains(SCRIPTED.toAbsolutePath().getParent().resolve("scripts"));
            Entity spinner = byName(game, "tower");
            var before = game.world().get(spinner, Transform.class).rotation();
            game.app().runFrames(60);
            assertThat(game.scripts().report().errors()).isEmpty();
            assertThat(game.world().entityCount()).isGreaterThan(10);
            assertThat(game.api().find("transform.get_position")).isPresent();
            assertThat(game.api().find("Vehicle.SetSpeed")).isPresent();
            assertThat(game.world().get(spinner, Transform.class).rotation()).isNotEqualTo(before);
        }
    }

    @Test
    void luaScriptsCallLunyScriptVerbsOnTheirOwnEntityWithTheContractsClamp(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("drive.lua"), "return { on_start = function(self) Vehicle.SetSpeed(500) end }");
        for (VerbPath path : VerbPath.values()) {
            try (GameRuntime game =
                    GameRuntime.builder().scriptRoot(dir).verbs(path).build()) {
                Entity car = game.world()
                        .spawn(
                                Name.of("car"),
                                Transform.IDENTITY,
                                RigidBody.kinematic(),
                                Velocity.ZERO,
                                ScriptComponent.of("drive.lua"));
                game.app().runFrames(2);
                assertThat(game.scripts().report().errors()).as(path.name()).isEmpty();
                // SetSpeed clamps to [0, 100] and drives along the body's forward axis (-Z)
                assertThat(game.world().get(car, Velocity.class).linear().length())
                        .as(path.name())
                        .isEqualTo(100f, org.assertj.core.data.Offset.offset(1e-3f));
            }
        }
    }

    @Test
    void theVerbsOwnComponentsAreKnownBeforeAVerbRunsSoScenesAndToolsCanNameThem(@TempDir Path dir) throws IOException {
        Path scene = dir.resolve("car.scene.json");
        Files.writeString(
                scene,
                "{\"entities\": [{\"id\": 0, \"components\": {\"Name\": {\"value\": \"car\"},"
                        + " \"Steering\": {\"angle\": 12.5}}}]}");
        try (GameRuntime game = GameRuntime.builder().scene(scene).build()) {
            assertThat(game.world().components().has("Steering")).isTrue();
            Entity car = byName(game, "car");
            assertThat(game.world().get(car, Steering.class).angle()).isEqualTo(12.5f);
        }
    }

    @Test
    void aBadSceneFailsWithItsLocationAndAMissingScriptsFolderIsNamed(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.scene.json");
        Files.writeString(bad, "{\"entities\": [{\"id\": 0, \"components\": {\"Nmae\": {}}}]}");
        assertThatThrownBy(() -> GameRuntime.builder().scene(bad).build())
                .isInstanceOf(SceneException.class)
                .hasMessageContaining("bad.scene.json")
                .hasMessageContaining("Name");
        assertThatThrownBy(() ->
                        GameRuntime.builder().scriptRoot(dir.resolve("nowhere")).build())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> GameRuntime.builder().hotReload(true).build())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("scripts folder");
    }

    private static Entity byName(GameRuntime game, String name) {
        return game.world().query(Name.class).entities().stream()
                .filter(e -> game.world().get(e, Name.class).value().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
