package dev.luminara.script.internal;

import static dev.luminara.script.internal.Values.entityOrSelf;
import static dev.luminara.script.internal.Values.num;
import static dev.luminara.script.internal.Values.selfParam;
import static dev.luminara.script.internal.Values.vec;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.function.UnaryOperator;

/** {@code transform}: position, rotation, scale and direction of entities. Writes are direct value writes. */
final class TransformModule {
    private TransformModule() {}

    static ApiModule create() {
        return ApiModule.builder("transform")
                .description("Position, rotation and scale of entities (local to the parent; Y up, -Z forward).")
                .function(ApiFunction.builder("get_position")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.VEC3)
                        .description("Local position in metres.")
                        .readsVec3(TransformModule::readPosition))
                .function(ApiFunction.builder("set_position")
                        .param("entity", ValueType.ENTITY, "Entity to move")
                        .param("position", ValueType.VEC3, "New local position in metres")
                        .description("Moves the entity.")
                        .writesVec3(TransformModule::writePosition))
                .function(ApiFunction.builder("translate")
                        .param("entity", ValueType.ENTITY, "Entity to move")
                        .param("delta", ValueType.VEC3, "Offset in metres")
                        .description("Moves the entity by an offset.")
                        .implementedBy((c, a) -> update(c, a.get(0), t -> t.translate(vec(a.get(1))))))
                .function(ApiFunction.builder("get_global_position")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.VEC3)
                        .description("World-space position (as of the last transform propagation).")
                        .implementedBy((c, a) -> {
                            Entity e = entityOrSelf(c, a.get(0));
                            return ScriptValue.of(c.world()
                                    .find(e, GlobalTransform.class)
                                    .map(GlobalTransform::position)
                                    .orElseGet(() -> transform(c, a.get(0)).position()));
                        }))
                .function(ApiFunction.builder("get_rotation")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.VEC3)
                        .description("Local rotation as Euler angles in degrees (x, y, z applied in YXZ order).")
                        .implementedBy((c, a) ->
                                ScriptValue.of(transform(c, a.get(0)).rotation().toEulerDegrees())))
                .function(ApiFunction.builder("set_rotation")
                        .param("entity", ValueType.ENTITY, "Entity to turn")
                        .param("degrees", ValueType.VEC3, "Euler angles in degrees (YXZ order)")
                        .description("Sets the local rotation.")
                        .implementedBy((c, a) -> update(c, a.get(0), t -> t.withRotation(euler(vec(a.get(1)))))))
                .function(ApiFunction.builder("rotate_y")
                        .param("entity", ValueType.ENTITY, "Entity to turn")
                        .param("degrees", ValueType.NUMBER, "Angle about the up axis, counter-clockwise from above")
                        .description("Turns the entity about its Y axis.")
                        .implementedBy((c, a) -> update(
                                c,
                                a.get(0),
                                t -> t.withRotation(Quat.axisAngleDegrees(Vec3.UP, (float) num(a.get(1)))
                                        .mul(t.rotation())))))
                .function(ApiFunction.builder("get_scale")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.VEC3)
                        .description("Local scale.")
                        .implementedBy(
                                (c, a) -> ScriptValue.of(transform(c, a.get(0)).scale())))
                .function(ApiFunction.builder("set_scale")
                        .param("entity", ValueType.ENTITY, "Entity to scale")
                        .ranged("scale", ValueType.VEC3, "New local scale", 0, 1e6)
                        .description("Sets the local scale.")
                        .implementedBy((c, a) -> update(c, a.get(0), t -> t.withScale(vec(a.get(1))))))
                .function(ApiFunction.builder("forward")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.VEC3)
                        .description("The unit vector the entity faces (-Z rotated by its rotation).")
                        .implementedBy(
                                (c, a) -> ScriptValue.of(transform(c, a.get(0)).forward())))
                .function(ApiFunction.builder("set_parent")
                        .param("child", ValueType.ENTITY, "Entity to attach")
                        .optional("parent", ValueType.ENTITY, "New parent; nil detaches", ScriptValue.NIL)
                        .description("Attaches child under parent (nil detaches), at the end of the script stage.")
                        .implementedBy((c, a) -> {
                            Entity child = Values.entity(a.get(0));
                            c.world().requireAlive(child);
                            Entity parent = a.get(1).isNil() ? null : Values.entity(a.get(1));
                            c.world().commands().setParent(child, parent);
                            return ScriptValue.NIL;
                        }))
                .build();
    }

    // The hot pair (every mover's on_update): position only, in the world's columns, no Transform record built.

    private static void readPosition(CallContext c, Entity e, float[] out) {
        if (!c.world().readTransformPosition(e, out)) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0; // no Transform reads as the identity's
        }
    }

    private static void writePosition(CallContext c, Entity e, float x, float y, float z) {
        World w = c.world();
        if (!w.writeTransformPosition(e, x, y, z)) {
            w.commands().insert(e, Transform.at(x, y, z)); // adding a component is structural: at the stage's end
        }
    }

    private static Transform transform(CallContext c, ScriptValue entity) {
        Entity e = entityOrSelf(c, entity);
        return c.world().find(e, Transform.class).orElse(Transform.IDENTITY);
    }

    private static ScriptValue update(CallContext c, ScriptValue entity, UnaryOperator<Transform> change) {
        World w = c.world();
        Entity e = entityOrSelf(c, entity);
        Transform t = w.find(e, Transform.class).orElse(null);
        if (t != null) {
            w.set(e, change.apply(t));
        } else {
            w.commands().insert(e, change.apply(Transform.IDENTITY));
        }
        return ScriptValue.NIL;
    }

    private static Quat euler(Vec3 degrees) {
        return Quat.eulerDegrees(degrees.x(), degrees.y(), degrees.z());
    }
}
