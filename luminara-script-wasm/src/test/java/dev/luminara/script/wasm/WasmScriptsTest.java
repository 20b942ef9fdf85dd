package dev.luminara.script.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.testing.Samples;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptState;
import dev.luminara.script.ScriptingPlugin;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The arena's WASM samples (one WAT, one AssemblyScript) run through the generic ABI in both tiers. */
class WasmScriptsTest {
    static final Path SCRIPTS = Samples.find(Path.of("samples", "arena", "scripts"));

    @ParameterizedTest
    @EnumSource(ExecutionTier.class)
    void theSamplesMoveAndTurnTheirEntities(ExecutionTier tier) {
        World world = new World();
        world.insertResource(Time.start(60));
        try (ScriptHost host = ScriptingPlugin.builder()
                .scriptRoot(SCRIPTS)
                .runtime(new WasmRuntime())
                .sandbox(SandboxConfig.DEFAULT)
                .tiers(id -> tier)
                .buildHost(world)) {
            Entity spinner = world.spawn(Name.of("s"), Transform.IDENTITY, ScriptComponent.of("spinner.wasm"));
            Entity patrol = world.spawn(Name.of("p"), Transform.at(0, 2, 5), ScriptComponent.of("patrol.wasm"));
            for (int i = 0; i < 60; i++) {
                host.update();
                world.applyCommands();
            }
            assertThat(host.report().errors()).isEmpty();
            assertThat(host.state(spinner)).contains(ScriptState.RUNNING);
            assertThat(world.get(spinner, Transform.class)
                            .rotation()
                            .toEulerDegrees()
                            .y())
                    .isCloseTo(90f, org.assertj.core.data.Offset.offset(0.5f));
            Transform p = world.get(patrol, Transform.class);
            assertThat(p.position().x())
                    .isCloseTo((float) (3 * Math.sin(1.0)), org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(p.position().y()).isEqualTo(2f);
            assertThat(p.position().z()).isEqualTo(5f);
            assertThat(host.report().callsByFunction())
                    .containsEntry("transform.rotate_y", 60L)
                    .containsEntry("log.info", 1L);
        }
    }
}
