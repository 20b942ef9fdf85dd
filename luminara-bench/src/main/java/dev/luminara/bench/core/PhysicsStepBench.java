package dev.luminara.bench.core;

import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.physics.PhysicsPlugin;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One physics step of N dynamic boxes resting on a floor, side by side with gaps, so every box has one floor contact
 * (N contacts and the floor in the broadphase's large list): the full step (integrate, broadphase, contacts, solver,
 * write-back, events) versus an app whose schedule integrates only (the baseline; its boxes fall freely, which costs
 * the same to integrate).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhysicsStepBench {
    @Param({"1000", "10000"})
    int bodies;

    private App full;
    private App integrateOnly;

    @Setup
    public void setup() {
        full = scene(bodies);
        integrateOnly = scene(bodies);
        integrateOnly.schedule().remove(PhysicsPlugin.COLLIDE_SYSTEM);
        full.runFrames(60); // settle onto the floor
        integrateOnly.runFrames(60);
    }

    private static App scene(int n) {
        App app = App.builder().hz(60).plugin(new PhysicsPlugin()).build();
        World world = app.world();
        int side = (int) Math.ceil(Math.sqrt(n));
        float extent = side * 1.5f;
        world.spawn(Transform.at(extent / 2, -0.5f, extent / 2), Collider.box(extent, 0.5f, extent), RigidBody.fixed());
        for (int i = 0; i < n; i++) {
            world.spawn(
                    Transform.at((i % side) * 1.5f, 0.5f, (i / side) * 1.5f),
                    Collider.box(0.5f, 0.5f, 0.5f),
                    RigidBody.dynamic(1),
                    Velocity.ZERO);
        }
        return app;
    }

    @Benchmark
    public long baselineIntegrateOnly() {
        integrateOnly.step();
        return integrateOnly.frame();
    }

    @Benchmark
    public long fullStep() {
        full.step();
        return full.frame();
    }
}
