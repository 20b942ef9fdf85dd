package dev.luminara.lunyscript.verb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.DebugConsole;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.generated.GeneratedVerbs;
import dev.luminara.lunyscript.generated.luminara.LuminaraServices;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.TraceLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;

/** Lua scripts call {@code Vehicle.SetSpeed(150)} on their own entity, through the generated or reflective table. */
class LuaVerbsTest {
    static final String SCRIPT = String.join(
            "\n",
            "Vehicle.SetSpeed(150)",
            "Transform.MoveBy(1, 2, 3)",
            "local speed = Vehicle.GetSpeed()",
            "Debug.Log('speed ' .. speed)",
            "local ok, err = pcall(Debug.Log, 'x', 'loud')",
            "local ok2, err2 = pcall(Vehicle.SetSpeed, 'fast')",
            "return speed, Object.IsEnabled(), err, err2");

    @ParameterizedTest(name = "generated={0}")
    @ValueSource(booleans = {true, false})
    void luaCallsVerbsWithTheSameValidation(boolean generated) {
        Descriptor descriptor = DescriptorLoader.builtIn();
        World world = new World();
        CoreEngineAdapter adapter = new CoreEngineAdapter(world);
        Entity e = world.spawn(Name.of("buggy"), Transform.at(0, 0, 0), Velocity.ZERO);
        ApiRegistry registry = generated ? null : ApiRegistry.load(descriptor, adapter);
        TraceLog trace = new TraceLog(100);
        ScriptContext ctx = new ScriptContext(
                adapter.object(e),
                generated ? LuminaraServices.create(adapter, descriptor) : ServiceSet.EMPTY,
                registry,
                trace);
        ctx.begin("lua", 1, 1 / 60.0, 1 / 60.0);
        VerbTable table =
                generated ? GeneratedVerbs.register(new VerbTable(), descriptor) : VerbTable.fromRegistry(registry);
        assertThat(table.size()).isEqualTo(12);

        Globals lua = new Globals();
        lua.load(new BaseLib());
        lua.load(new PackageLib());
        lua.load(new StringLib());
        LoadState.install(lua);
        LuaC.install(lua);
        LuaVerbs.install(lua, table, () -> ctx);
        List<String> log = new ArrayList<>();
        Runnable stop = DebugConsole.listen(log::add);
        Varargs out;
        try {
            out = lua.load(SCRIPT, "driver.lua").invoke();
        } finally {
            stop.run();
        }

        assertThat(out.arg(1).todouble()).isEqualTo(100.0);
        assertThat(out.arg(2).toboolean()).isTrue();
        assertThat(out.arg(3).tojstring()).contains("Debug.Log(level): 'loud' is not one of [info, warn, error]");
        assertThat(out.arg(4).tojstring()).contains("Vehicle.SetSpeed(speed): expected a number, got string 'fast'");
        assertThat(log).containsExactly("info: speed 100");
        assertThat(world.get(e, Transform.class).position()).isEqualTo(new Vec3(1, 2, 3));
        assertThat(world.get(e, Velocity.class).linear()).isEqualTo(new Vec3(0, 0, -100));
        if (!generated) {
            assertThat(trace.events()).extracting(t -> t.correlationId()).containsOnly("buggy#1.lua");
            assertThat(trace.events()).extracting(t -> t.verb()).startsWith("Vehicle.SetSpeed", "Transform.MoveBy");
        }
    }

    @ParameterizedTest(name = "generated={0}")
    @ValueSource(booleans = {true, false})
    void everyVerbHasAJsonSchemaForTools(boolean generated) {
        Descriptor descriptor = DescriptorLoader.builtIn();
        VerbTable table = generated
                ? GeneratedVerbs.register(new VerbTable(), descriptor)
                : VerbTable.fromRegistry(ApiRegistry.load(descriptor, new CoreEngineAdapter(new World())));
        Verb setSpeed = table.find("Vehicle.SetSpeed").orElseThrow();
        assertThat(setSpeed.jsonSchema().toString())
                .isEqualTo("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                        + "\"title\":\"Vehicle.SetSpeed\",\"description\":\"Set forward velocity magnitude in m/s (clamped to 0..100)\","
                        + "\"type\":\"object\",\"properties\":{\"speed\":{\"type\":\"number\",\"minimum\":0.0,\"maximum\":100.0,"
                        + "\"default\":0.0,\"description\":\"clamped into range\"}},\"additionalProperties\":false}");
        assertThat(table.find("Debug.Log")
                        .orElseThrow()
                        .jsonSchema()
                        .get("required")
                        .toString())
                .isEqualTo("[\"message\"]");
        assertThat(table.find("Debug.Log")
                        .orElseThrow()
                        .jsonSchema()
                        .at("/properties/level/enum")
                        .toString())
                .isEqualTo("[\"info\",\"warn\",\"error\"]");
    }
}
