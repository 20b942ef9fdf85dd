package dev.luminara.jme;

import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import dev.luminara.jme.generated.JmeServices;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.ScriptRunner;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** jMonkeyEngine 3 headless: a root node driven by updateLogicalState/updateGeometricState, no context. */
final class JmeEngineUnderTest implements EngineUnderTest {
    final Node root = new Node("root");
    final JmeEngineAdapter adapter = new JmeEngineAdapter(root);
    private final ScriptRunner runner;
    private final Map<Spatial, SoundControl> sounds = new HashMap<>();

    JmeEngineUnderTest(boolean generated) {
        var descriptor = DescriptorLoader.builtIn();
        runner = generated
                ? new ScriptRunner(JmeServices.create(adapter, descriptor), null, Tracer.OFF)
                : new ScriptRunner(ServiceSet.EMPTY, ApiRegistry.load(descriptor, adapter), Tracer.OFF);
    }

    @Override
    public LunyObject spawnVehicle(String name, float x, float y, float z) {
        Node car = new Node(name);
        car.setLocalTranslation(x, y, z);
        car.addControl(new DriveControl());
        SoundControl sound = new SoundControl();
        car.addControl(sound);
        sounds.put(car, sound);
        root.attachChild(car);
        return adapter.object(car);
    }

    @Override
    public ScriptRunner runner() {
        return runner;
    }

    @Override
    public void step(double dt) {
        runner.update(dt);
        root.updateLogicalState((float) dt);
        root.updateGeometricState();
    }

    @Override
    public Observation observe(LunyObject vehicle) {
        JmeObject o = (JmeObject) vehicle;
        Spatial s = o.spatial();
        List<String> played = sounds.get(s).played().stream()
                .map(p -> p.equals("Sounds/horn.wav") ? "HornSound" : p)
                .toList();
        if (!o.isAlive()) return new Observation(false, false, new float[3], new float[4], 0, played);
        Vector3f p = s.getLocalTranslation();
        Quaternion q = s.getLocalRotation();
        return new Observation(
                true,
                o.isEnabled(),
                new float[] {p.x, p.y, p.z},
                new float[] {q.getX(), q.getY(), q.getZ(), q.getW()},
                s.getControl(DriveControl.class).getSteerAngle(),
                played);
    }
}
