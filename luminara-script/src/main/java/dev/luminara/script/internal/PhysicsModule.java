package dev.luminara.script.internal;

import static dev.luminara.script.internal.Values.entityOrSelf;
import static dev.luminara.script.internal.Values.num;
import static dev.luminara.script.internal.Values.selfParam;
import static dev.luminara.script.internal.Values.vec;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.physics.Physics;
import dev.luminara.core.physics.RayHit;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@code physics}: velocities and ray casts against the core's physics-lite. */
final class PhysicsModule {
    private PhysicsModule() {}

    static ApiModule create() {
        return ApiModule.builder("physics")
                .description("Velocity of bodies and ray casts against solid colliders.")
                .function(ApiFunction.builder("get_velocity")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.VEC3)
                        .description("Linear velocity in m/s (zero without a Velocity).")
                        .implementedBy((c, a) -> ScriptValue.of(c.world()
                                .find(entityOrSelf(c, a.get(0)), Velocity.class)
                                .map(Velocity::linear)
                                .orElse(Vec3.ZERO))))
                .function(ApiFunction.builder("set_velocity")
                        .param("entity", ValueType.ENTITY, "Body to set")
                        .ranged("velocity", ValueType.VEC3, "Linear velocity in m/s", -1000, 1000)
                        .description("Sets the linear velocity (adds a Velocity at the end of the stage if missing).")
                        .implementedBy((c, a) ->
                                velocity(c.world(), Values.entity(a.get(0)), v -> v.withLinear(vec(a.get(1))))))
                .function(ApiFunction.builder("add_velocity")
                        .param("entity", ValueType.ENTITY, "Body to push")
                        .ranged("delta", ValueType.VEC3, "Change of linear velocity in m/s", -1000, 1000)
                        .description("Adds to the linear velocity (an impulse divided by mass).")
                        .implementedBy((c, a) -> velocity(
                                c.world(),
                                Values.entity(a.get(0)),
                                v -> v.withLinear(v.linear().add(vec(a.get(1)))))))
                .function(ApiFunction.builder("set_angular_velocity")
                        .param("entity", ValueType.ENTITY, "Body to spin")
                        .ranged("degrees_per_second", ValueType.VEC3, "Angular velocity about x, y, z", -3600, 3600)
                        .description("Sets the angular velocity in degrees per second.")
                        .implementedBy((c, a) ->
                                velocity(c.world(), Values.entity(a.get(0)), v -> v.withAngular(vec(a.get(1))))))
                .function(ApiFunction.builder("raycast")
                        .param("origin", ValueType.VEC3, "Start of the ray, world space")
                        .param("direction", ValueType.VEC3, "Direction (need not be unit length)")
                        .ranged("max_distance", ValueType.NUMBER, "How far to look, in metres", 0, 10_000)
                        .optional("ignore_self", ValueType.BOOL, "Skip the script's own entity", ScriptValue.TRUE)
                        .returns(ValueType.MAP)
                        .description("The nearest solid collider hit: {entity, point, normal, distance}, or nil.")
                        .implementedBy((c, a) -> {
                            Entity self = c.entity();
                            boolean skip = Values.bool(a.get(3));
                            Optional<RayHit> hit = Physics.raycast(
                                    c.world(),
                                    vec(a.get(0)),
                                    vec(a.get(1)),
                                    (float) num(a.get(2)),
                                    e -> !(skip && e.equals(self)));
                            return hit.map(PhysicsModule::hit).orElse(ScriptValue.NIL);
                        }))
                .build();
    }

    private static ScriptValue hit(RayHit h) {
        Map<String, ScriptValue> m = new LinkedHashMap<>();
        m.put("entity", ScriptValue.of(h.entity()));
        m.put("point", ScriptValue.of(h.point()));
        m.put("normal", ScriptValue.of(h.normal()));
        m.put("distance", ScriptValue.of(h.distance()));
        return ScriptValue.map(m);
    }

    private static ScriptValue velocity(World w, Entity e, UnaryOperator<Velocity> change) {
        w.requireAlive(e);
        Velocity v = w.find(e, Velocity.class).orElse(null);
        if (v != null) w.set(e, change.apply(v));
        else w.commands().insert(e, change.apply(Velocity.ZERO));
        return ScriptValue.NIL;
    }
}
