package dev.luminara.jme;

import dev.luminara.core.Entity;
import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.generated.luminara.LuminaraServices;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import dev.luminara.lunyscript.luminara.EntityHandle;
import dev.luminara.lunyscript.luminara.SoundPlayed;
import dev.luminara.lunyscript.luminara.Steering;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.ScriptRunner;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.ArrayList;
import java.util.List;

/**
 * Luminara's core: a world, the LunyScript runner, and velocity integration of enabled entities. The integration is
 * this fixture's stand-in for physics-lite (another module), written the same way jME's DriveControl moves.
 */
final class CoreEngineUnderTest implements EngineUnderTest {
    final World world = new World();
    final CoreEngineAdapter adapter = new CoreEngineAdapter(world);
    private final ScriptRunner runner;
    private final Events.Reader<SoundPlayed> sounds =
            world.events(SoundPlayed.class).reader();
    private final List<SoundPlayed> heard = new ArrayList<>();

    CoreEngineUnderTest(boolean generated) {
        var descriptor = dev.luminara.lunyscript.descriptor.DescriptorLoader.builtIn();
        runner = generated
                ? new ScriptRunner(LuminaraServices.create(adapter, descriptor), null, Tracer.OFF)
                : new ScriptRunner(ServiceSet.EMPTY, ApiRegistry.load(descriptor, adapter), Tracer.OFF);
    }

    @Override
    public LunyObject spawnVehicle(String name, float x, float y, float z) {
        Entity e = world.spawn(Name.of(name), Transform.at(x, y, z), Velocity.ZERO, AudioSource.of("tone:440"));
        return adapter.object(e);
    }

    @Override
    public ScriptRunner runner() {
        return runner;
    }

    @Override
    public void step(double dt) {
        runner.update(dt);
        world.applyCommands();
        float fdt = (float) dt;
        for (Entity e : world.entities()) {
            EntityHandle h = adapter.object(e);
            var v = world.find(e, Velocity.class);
            if (v.isEmpty() || !h.isEnabled() || v.get().linear().equals(Vec3.ZERO)) continue;
            Transform t = world.get(e, Transform.class);
            world.set(e, t.translate(v.get().linear().mul(fdt)));
        }
        heard.addAll(sounds.read());
        world.updateEvents();
    }

    @Override
    public Observation observe(LunyObject vehicle) {
        EntityHandle h = (EntityHandle) vehicle;
        if (!h.isAlive()) return new Observation(false, false, new float[3], new float[4], 0, sounds(h));
        Transform t = world.get(h.entity(), Transform.class);
        Quat q = t.rotation();
        float steer =
                world.find(h.entity(), Steering.class).map(Steering::angle).orElse(0f);
        return new Observation(
                true,
                h.isEnabled(),
                new float[] {t.position().x(), t.position().y(), t.position().z()},
                new float[] {q.x(), q.y(), q.z(), q.w()},
                steer,
                sounds(h));
    }

    private List<String> sounds(EntityHandle h) {
        return heard.stream()
                .filter(s -> s.entity().equals(h.entity()))
                .map(s -> s.clip().equals("tone:440") ? "HornSound" : s.clip())
                .toList();
    }
}
