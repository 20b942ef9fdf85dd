package dev.luminara.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.scene.Scenes;
import dev.luminara.core.testing.Samples;
import dev.luminara.script.ScriptHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchAppsTest {
    static final Path SCRIPTED = Samples.find(Path.of("samples/arena/arena-scripted.scene.json"));

    @Test
    void aScratchAppRunsTheGamesScriptsOnACopyWhileTheGameStaysAsItWas() {
        try (GameRuntime game =
                GameRuntime.builder().hz(30).seed(9).scene(SCRIPTED).build()) {
            String before = Scenes.write(Scenes.capture(game.world(), "before"));
            long frame = game.app().frame();
            ScratchApps scratch = game.scratchApps();
            try {
                App copy = scratch.get();
                assertThat(copy).isNotSameAs(game.app());
                assertThat(copy.hz()).isEqualTo(30);
                assertThat(copy.seed()).isEqualTo(9);
                assertThat(copy.world().entityCount()).isZero();
                Scenes.instantiate(Scenes.capture(game.world(), "copy"), copy.world());
                Entity tower = byName(copy.world(), "tower");
                var rotation = copy.world().get(tower, Transform.class).rotation();
                copy.runFrames(30);
                // the tower's spin script comes from the game's scripts folder
                assertThat(copy.world().get(tower, Transform.class).rotation()).isNotEqualTo(rotation);
                assertThat(copy.world().resource(ScriptHost.class).report().errors())
                        .isEmpty();
                scratch.get();
                assertThat(scratch.open()).isEqualTo(2);
                scratch.close();
                assertThat(scratch.open()).isZero();
            } finally {
                scratch.close();
            }
            assertThat(game.app().frame()).isEqualTo(frame);
            assertThat(Scenes.write(Scenes.capture(game.world(), "before"))).isEqualTo(before);
        }
    }

    private static Entity byName(World world, String name) {
        return world.query(Name.class).entities().stream()
                .filter(e -> world.get(e, Name.class).value().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
