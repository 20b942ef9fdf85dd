package dev.luminara.lunyscript.verb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.DebugConsole;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.luminara.CoreVerbs;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.script.ApiModule;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.lua.LuaRuntime;
import dev.luminara.script.wasm.WasmRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verbs registered as the scripting layer's API modules: a Lua script and a WASM module attached to entities call
 * {@code Vehicle.SetSpeed(150)} on their own entity, through the same contract (clamped to 100), on both paths.
 */
class ScriptsCallVerbsTest {
    static final String LUA = String.join(
            "\n",
            "local Driver = {}",
            "function Driver:on_start()",
            "  Vehicle.SetSpeed(150)",
            "  Transform.MoveBy(1, 0, 0)",
            "  Debug.Log('speed ' .. Vehicle.GetSpeed())",
            "end",
            "return Driver");

    static final String BAD_LUA =
            String.join("\n", "local Bad = {}", "function Bad:on_start() Debug.Log('x', 'loud') end", "return Bad");

    /**
     * (module (import "luminara" "Vehicle.SetSpeed" (func (param f64)))
     *         (func (export "on_start") (param i64) (call 0 (f64.const 150))))
     */
    static final String WASM = "0061736d01000000" + "0109026001" + "7c0060017e00"
            + "021d01086c756d696e617261105665686963" + "6c652e5365745370656564" + "0000"
            + "03020101" + "070c01086f6e5f737461727400" + "01"
            + "0a0f010d00440000000000c062401000" + "0b";

    @TempDir
    Path root;

    @ParameterizedTest(name = "generated={0}")
    @ValueSource(booleans = {true, false})
    void luaAndWasmScriptsCallVerbsOnTheirOwnEntity(boolean generated) throws Exception {
        Files.writeString(root.resolve("driver.lua"), LUA);
        Files.writeString(root.resolve("bad.lua"), BAD_LUA);
        Files.write(root.resolve("driver.wasm"), HexFormat.of().parseHex(WASM));
        var descriptor = DescriptorLoader.builtIn();
        List<ApiModule> modules =
                generated ? CoreVerbs.generated(descriptor, Tracer.OFF) : CoreVerbs.reflective(descriptor, Tracer.OFF);
        assertThat(modules).extracting(ApiModule::name).containsExactly("Debug", "Object", "Transform", "Vehicle");

        World world = new World();
        world.insertResource(Time.start(60));
        ScriptingPlugin.Builder builder = ScriptingPlugin.builder()
                .scriptRoot(root)
                .runtime(new LuaRuntime())
                .runtime(new WasmRuntime())
                .sandbox(SandboxConfig.DEFAULT);
        modules.forEach(builder::module);
        List<String> log = new ArrayList<>();
        Runnable stop = DebugConsole.listen(log::add);
        try (ScriptHost host = builder.buildHost(world)) {
            Entity lua =
                    world.spawn(Name.of("lua"), Transform.IDENTITY, Velocity.ZERO, ScriptComponent.of("driver.lua"));
            Entity wasm =
                    world.spawn(Name.of("wasm"), Transform.IDENTITY, Velocity.ZERO, ScriptComponent.of("driver.wasm"));
            Entity bad = world.spawn(Name.of("bad"), Transform.IDENTITY, ScriptComponent.of("bad.lua"));
            host.update();
            world.applyCommands();

            assertThat(world.get(lua, Velocity.class).linear()).isEqualTo(new Vec3(0, 0, -100));
            assertThat(world.get(lua, Transform.class).position()).isEqualTo(new Vec3(1, 0, 0));
            assertThat(world.get(wasm, Velocity.class).linear()).isEqualTo(new Vec3(0, 0, -100));
            assertThat(log).containsExactly("info: speed 100");
            assertThat(host.report().errors())
                    .extracting(ScriptError::message)
                    .singleElement()
                    .asString()
                    .contains("Debug.Log(level): 'loud' is not one of [info, warn, error]");
            assertThat(host.report().callsByFunction()).containsEntry("Vehicle.SetSpeed", 2L);
            assertThat(world.isAlive(bad)).isTrue();
        } finally {
            stop.run();
        }
    }
}
