package dev.luminara.lunyscript.luminara;

import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.generated.GeneratedVerbs;
import dev.luminara.lunyscript.generated.luminara.LuminaraServices;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.lunyscript.verb.ApiModules;
import dev.luminara.lunyscript.verb.VerbTable;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import java.util.List;

/**
 * The LunyScript verbs for Luminara's scripting layer: register them with {@code ScriptingPlugin.builder().module(m)}
 * and Lua and WASM scripts call {@code Vehicle.SetSpeed(50)} on their own entity. Views act on the calling entity's
 * world, so one set of modules serves every world (a verifier's fork included).
 */
public final class CoreVerbs {
    private CoreVerbs() {}

    /**
     * Registers the components the verbs keep their state in ({@link Steering}), so that the world's schemas, scene
     * files and component names (an AI tool's {@code AddComponent "Steering"}) know them before a verb first runs.
     */
    public static void registerComponents(World world) {
        world.register(Steering.class);
    }

    /** Through the generated services. */
    public static List<ApiModule> generated(Descriptor descriptor, Tracer tracer) {
        ServiceSet services = LuminaraServices.create(new CoreEngineAdapter(new World()), descriptor);
        return ApiModules.of(
                GeneratedVerbs.register(new VerbTable(), descriptor), call -> context(call, services, null, tracer));
    }

    /** Through the reflective registry (traced when {@code tracer} is on). */
    public static List<ApiModule> reflective(Descriptor descriptor, Tracer tracer) {
        ApiRegistry registry = ApiRegistry.load(descriptor, new CoreEngineAdapter(new World()));
        return ApiModules.of(
                VerbTable.fromRegistry(registry), call -> context(call, ServiceSet.EMPTY, registry, tracer));
    }

    private static ScriptContext context(CallContext call, ServiceSet services, ApiRegistry registry, Tracer tracer) {
        ScriptContext c = new ScriptContext(new EntityHandle(call.world(), call.entity()), services, registry, tracer);
        Time t = call.world().findResource(Time.class).orElse(Time.start(60));
        c.begin("script:" + call.script(), t.frame(), t.delta(), t.elapsed());
        return c;
    }
}
