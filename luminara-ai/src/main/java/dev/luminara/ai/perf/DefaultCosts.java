package dev.luminara.ai.perf;

import dev.luminara.core.component.Collider;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.schema.Schemas;
import java.util.Map;

/**
 * Per-entity frame costs assumed where nothing was measured: an uncalibrated world, or components the fit could not
 * tell apart. Figures from docs/benchmarks.md (thread or process CPU time on the shared 2-core machine, rounded up);
 * {@code perf_calibrate} (MCP) and {@code luminara verify --calibrate} measure the game's own.
 */
public final class DefaultCosts {
    /**
     * Any entity, with no measurement at all: a plain frame of the verifier benchmark's 10,000-entity game (every
     * default layer, 5% dynamic bodies; "Code verifier", {@code baselinePlainFrame} 1.64 ms) over its entity count,
     * rounded up. The same figure as luminara-verify's {@code FramePrediction.DEFAULT_ENTITY_NANOS}.
     */
    public static final double ENTITY_NANOS = 200;

    /**
     * A dynamic {@code RigidBody}, on top of {@link #ENTITY_NANOS}: integration ("Core: physics step",
     * {@code baselineIntegrateOnly} at 10,000 bodies, 831–1,308 µs per step: 83–131 ns per body).
     */
    public static final double RIGID_BODY_NANOS = 130;

    /**
     * A {@code Collider}, on top of {@link #ENTITY_NANOS}: gathering, broadphase, exact tests and solver ("Core:
     * physics step", {@code fullStep} minus {@code baselineIntegrateOnly} at 10,000 bodies: 8.8–10.6 ms per step,
     * 0.88–1.06 µs per body). Those bodies touch only the floor; bodies piled against each other cost more.
     */
    public static final double COLLIDER_NANOS = 1_100;

    private static final Map<String, Double> BY_COMPONENT =
            Map.of(Schemas.nameOf(RigidBody.class), RIGID_BODY_NANOS, Schemas.nameOf(Collider.class), COLLIDER_NANOS);

    private DefaultCosts() {}

    /** The default extra cost of a component: the physics ones above, 0 for a component no default covers. */
    public static double component(String name) {
        return BY_COMPONENT.getOrDefault(name, 0.0);
    }

    /** Whether {@link #component} has a figure of its own for this component. */
    public static boolean covers(String name) {
        return BY_COMPONENT.containsKey(name);
    }
}
