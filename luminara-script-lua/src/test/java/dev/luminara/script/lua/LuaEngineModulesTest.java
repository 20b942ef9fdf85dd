package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.audio.Audio;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.input.InputSource;
import dev.luminara.core.input.SimulatedInput;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptingPlugin;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The physics, input and audio modules and collision hooks, in a full app with the default plugins. */
class LuaEngineModulesTest {
    final Map<String, String> files = new HashMap<>();
    final List<String> log = new ArrayList<>();

    App app() {
        return App.builder()
                .plugin(new DefaultPlugins())
                .plugin(ScriptingPlugin.builder()
                        .sources(id ->
                                Optional.ofNullable(files.get(id.path())).map(s -> s.getBytes(StandardCharsets.UTF_8)))
                        .runtime(new LuaRuntime())
                        .sandbox(LuaHarness.RELAXED)
                        .listener(new ScriptListener() {
                            @Override
                            public void logged(ScriptId script, Entity entity, String level, String message) {
                                log.add(message);
                            }
                        })
                        .build())
                .build();
    }

    @Test
    void collisionsReachOnCollisionAndRaysHitColliders() {
        files.put("ball.lua", """
                local B = {}
                function B:on_collision(other, normal, depth)
                  if not self.hit then self.hit = true; print("hit " .. world.get_name(other)) end
                end
                function B:on_start()
                  local h = physics.raycast(vec3(0, 10, 0), vec3(0, -1, 0), 100)
                  print("ray " .. world.get_name(h.entity) .. " " .. string.format("%.1f", h.distance))
                  physics.set_velocity(self.entity, vec3(0, -2, 0))
                end
                return B
                """);
        App app = app();
        World w = app.world();
        w.spawn(Name.of("floor"), Transform.at(0, -0.5f, 0), Collider.box(10, 0.5f, 10), RigidBody.fixed());
        w.spawn(
                Name.of("ball"),
                Transform.at(0, 1, 0),
                Collider.sphere(0.5f),
                RigidBody.dynamic(1),
                ScriptComponent.of("ball.lua"));
        app.runFrames(120);
        assertThat(app.world().resource(ScriptHost.class).report().errors()).isEmpty();
        assertThat(log).containsExactly("ray floor 10.0", "hit floor");
    }

    @Test
    void inputActionsAndAxesAreVisibleToScripts() {
        files.put("jumper.lua", """
                return { on_update = function(self)
                  if input.just_pressed("jump") then print("jump at " .. time.frame()) end
                end }
                """);
        App app = app();
        InputSource.install(
                app.world(), SimulatedInput.builder().press("SPACE", 3).build());
        app.world().spawn(Name.of("j"), ScriptComponent.of("jumper.lua"));
        app.runFrames(6);
        assertThat(log).containsExactly("jump at 3");
    }

    @Test
    void scriptsPlayAndStopSounds() {
        files.put("horn.lua", "return { on_start = function(self) audio.play(self.entity) end }");
        App app = app();
        Entity car = app.world()
                .spawn(Name.of("car"), Transform.IDENTITY, AudioSource.of("tone:440"), ScriptComponent.of("horn.lua"));
        app.runFrames(3);
        assertThat(app.world().resource(Audio.class).isPlaying(car)).isTrue();
    }
}
