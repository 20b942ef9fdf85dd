package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import org.joml.Quaternionf;

/** The local {@link Transform} as a mutable view: moves and rotations write a new record back. */
public final class TransformView {
    private final World world;
    private final Entity entity;

    TransformView(World world, Entity entity) {
        this.world = world;
        this.entity = entity;
    }

    private Transform transform() {
        return world.get(entity, Transform.class);
    }

    public void translate(Vec3 delta) {
        world.set(entity, transform().translate(delta));
    }

    /**
     * Rotates in local space by Euler angles in degrees, composed yaw (Y), then roll (Z), then pitch (X): the order of
     * jMonkeyEngine's {@code Quaternion.fromAngles}, so that {@code Transform.RotateBy} means the same on both engines.
     */
    public void rotate(Vec3 degrees) {
        Quat q = Quat.from(new Quaternionf()
                .rotateY((float) Math.toRadians(degrees.y()))
                .rotateZ((float) Math.toRadians(degrees.z()))
                .rotateX((float) Math.toRadians(degrees.x())));
        Transform t = transform();
        world.set(entity, t.withRotation(t.rotation().mul(q).normalized()));
    }

    public Vec3 getPosition() {
        return transform().position();
    }
}
