package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;

/**
 * The {@link Steering} record as a property. It has the old name {@code steerAngle} and the new one {@code
 * angleDegrees}, so that the bindings can show a version-keyed target choosing between them.
 */
public final class SteeringView {
    private final World world;
    private final Entity entity;

    SteeringView(World world, Entity entity) {
        this.world = world;
        this.entity = entity;
    }

    public float getAngleDegrees() {
        return world.find(entity, Steering.class).map(Steering::angle).orElse(0f);
    }

    public void setAngleDegrees(float degrees) {
        world.set(entity, new Steering(degrees));
    }

    /** The pre-0.1 name of {@link #setAngleDegrees}. */
    public void setSteerAngle(float degrees) {
        setAngleDegrees(degrees);
    }
}
