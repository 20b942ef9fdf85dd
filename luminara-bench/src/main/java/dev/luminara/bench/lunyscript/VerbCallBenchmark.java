package dev.luminara.bench.lunyscript;

import dev.luminara.bench.Goal;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.generated.GeneratedVerbs;
import dev.luminara.lunyscript.generated.Vehicle;
import dev.luminara.lunyscript.generated.VehicleService;
import dev.luminara.lunyscript.generated.luminara.LuminaraServices;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import dev.luminara.lunyscript.luminara.EntityHandle;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.Api;
import dev.luminara.lunyscript.script.ScriptBlock;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.lunyscript.verb.LuaVerbs;
import dev.luminara.lunyscript.verb.VerbTable;
import java.util.concurrent.TimeUnit;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code Vehicle.SetSpeed(50)} on a Luminara entity, six ways, against the direct Java call that does the same
 * (check, refuse a STATIC body, clamp, read the Velocity record, write a new one). Ratios are other / {@link #baselineDirectJava}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VerbCallBenchmark {
    World world;
    Entity entity;
    EntityHandle object;
    double speed = 50;
    Object[] args = {50.0};
    VehicleService service;
    ScriptContext generatedContext;
    ScriptContext reflectiveContext;
    ScriptBlock generatedBlock;
    ScriptBlock reflectiveBlock;
    ApiBinding binding;
    LuaValue luaGenerated;
    LuaValue luaReflective;

    @Setup
    public void setUp() {
        world = new World();
        entity = world.spawn(Name.of("buggy"), Transform.IDENTITY, Velocity.ZERO);
        CoreEngineAdapter adapter = new CoreEngineAdapter(world);
        object = adapter.object(entity);
        Descriptor descriptor = DescriptorLoader.builtIn();
        ServiceSet services = LuminaraServices.create(adapter, descriptor);
        ApiRegistry registry = ApiRegistry.load(descriptor, adapter);
        service = services.get(VehicleService.class);
        generatedContext = new ScriptContext(object, services, null, Tracer.OFF);
        reflectiveContext = new ScriptContext(object, ServiceSet.EMPTY, registry, Tracer.OFF);
        generatedBlock = Vehicle.setSpeed(50);
        reflectiveBlock = Api.verb("Vehicle.SetSpeed", 50.0);
        binding = registry.binding("Vehicle.SetSpeed");
        luaGenerated = luaCall(GeneratedVerbs.register(new VerbTable(), descriptor), generatedContext);
        luaReflective = luaCall(VerbTable.fromRegistry(registry), reflectiveContext);
    }

    private static LuaValue luaCall(VerbTable table, ScriptContext ctx) {
        Globals g = new Globals();
        g.load(new BaseLib());
        g.load(new PackageLib());
        LoadState.install(g);
        LuaC.install(g);
        LuaVerbs.install(g, table, () -> ctx);
        return g.load("return function(s) Vehicle.SetSpeed(s) end", "bench.lua").call();
    }

    /**
     * The same work written by hand, with the checks every verb path makes (the entity is alive and has a body), so
     * that the ratios show what dispatch costs, not what skipping checks saves.
     */
    @Benchmark
    public void baselineDirectJava() {
        if (!world.isAlive(entity) || !world.has(entity, Velocity.class)) throw new IllegalStateException();
        // the views refuse a velocity on a STATIC body, so the direct call makes the same check
        if (world.find(entity, RigidBody.class)
                .map(b -> b.kind() == BodyKind.STATIC)
                .orElse(false)) {
            throw new IllegalStateException();
        }
        double s = Math.max(0, Math.min(100, speed));
        Velocity v = world.find(entity, Velocity.class).orElse(Velocity.ZERO);
        world.set(entity, v.withLinear(new Vec3(0f, 0f, -(float) s)));
    }

    @Benchmark
    @Goal(max = 1.2)
    public void generatedService() {
        service.setSpeed(object, speed);
    }

    @Benchmark
    @Goal(max = 1.2)
    public void generatedBlock() {
        generatedBlock.execute(generatedContext);
    }

    @Benchmark
    @Goal(max = 2)
    public void reflectiveBinding() {
        binding.invoke(object, args);
    }

    @Benchmark
    @Goal(max = 2)
    public void reflectiveBlock() {
        reflectiveBlock.execute(reflectiveContext);
    }

    @Benchmark
    public void luaCallsGeneratedVerb() {
        luaGenerated.call(LuaValue.valueOf(speed));
    }

    @Benchmark
    public void luaCallsReflectiveVerb() {
        luaReflective.call(LuaValue.valueOf(speed));
    }
}
