package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.VerbCallException;

/** The entity's motion as a mutable view over the {@link Velocity} record (the seed's {@code Rigidbody.velocity}). */
public final class BodyView {
    private final World world;
    private final Entity entity;

    BodyView(World world, Entity entity) {
        this.world = world;
        this.entity = entity;
    }

    private Velocity velocity() {
        return world.find(entity, Velocity.class).orElse(Velocity.ZERO);
    }

    public Vec3 getVelocity() {
        return velocity().linear();
    }

    public void setVelocity(Vec3 linear) {
        // physics never moves a static body: a velocity on it would be accepted, recorded and do nothing
        if (world.find(entity, RigidBody.class)
                .map(b -> b.kind() == BodyKind.STATIC)
                .orElse(false)) {
            String name = world.find(entity, Name.class).map(Name::value).orElse(entity.toString());
            throw new VerbCallException("object '" + name + "' is a STATIC body, which never moves: make its"
                    + " RigidBody DYNAMIC or KINEMATIC to give it a velocity");
        }
        world.set(entity, velocity().withLinear(linear));
    }

    /** The magnitude of the linear velocity, m/s. */
    public float getSpeed() {
        return velocity().linear().length();
    }
}
