package dev.luminara.jme;

import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.script.ScriptRunner;
import java.util.List;

/** One engine set up for the cross-engine golden tests: spawn a vehicle, step, observe. */
interface EngineUnderTest {
    LunyObject spawnVehicle(String name, float x, float y, float z);

    ScriptRunner runner();

    /** Runs scripts, then the engine's own update (motion), for {@code dt} seconds. */
    void step(double dt);

    Observation observe(LunyObject vehicle);

    /** What a test compares across engines. Rotation is (x, y, z, w). */
    record Observation(
            boolean alive,
            boolean enabled,
            float[] position,
            float[] rotation,
            float steerAngle,
            List<String> sounds) {}
}
