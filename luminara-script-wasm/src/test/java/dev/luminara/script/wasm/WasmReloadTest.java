package dev.luminara.script.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Name;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.ReloadStrategy;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.wasm.internal.WasmProbe;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** WASM hot reload: SaveRestore through on_save/on_restore when exported, Reset otherwise. */
class WasmReloadTest {
    final Map<String, byte[]> files = new HashMap<>();
    final List<String> reloads = new ArrayList<>();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = WasmReloadTest.class.getResourceAsStream("/reload/" + name)) {
            return in.readAllBytes();
        }
    }

    ScriptHost host(World world, ExecutionTier tier) {
        return ScriptingPlugin.builder()
                .sources(id -> Optional.ofNullable(files.get(id.path())))
                .runtime(new WasmRuntime())
                .tiers(id -> tier)
                .listener(new ScriptListener() {
                    @Override
                    public void reloaded(ScriptId script, ReloadStrategy strategy, int instances) {
                        reloads.add(script + " " + strategy);
                    }
                })
                .buildHost(world);
    }

    @ParameterizedTest
    @EnumSource(
            value = ExecutionTier.class,
            names = {"COMPILED", "SANDBOXED"})
    void saveRestoreCarriesStateAndWithoutOnSaveTheModuleIsReset(ExecutionTier tier) throws IOException {
        files.put("counter.wasm", resource("counter.wasm"));
        files.put("plain.wasm", resource("plain.wasm"));
        World world = new World();
        world.insertResource(Time.start(60));
        try (ScriptHost host = host(world, tier)) {
            Entity a = world.spawn(Name.of("a"), ScriptComponent.of("counter.wasm"));
            Entity b = world.spawn(Name.of("b"), ScriptComponent.of("plain.wasm"));
            for (int i = 0; i < 3; i++) host.update();
            assertThat(WasmProbe.count(host, a)).isEqualTo(3);
            assertThat(WasmProbe.count(host, b)).isEqualTo(3);
            host.reload(List.of(ScriptId.of("counter.wasm"), ScriptId.of("plain.wasm")));
            host.update();
            assertThat(WasmProbe.count(host, a)).isEqualTo(4);
            assertThat(WasmProbe.count(host, b)).isEqualTo(1);
            assertThat(reloads).containsExactly("counter.wasm PRESERVE_STATE", "plain.wasm PRESERVE_STATE");
            assertThat(host.report().errors()).isEmpty();
        }
    }
}
