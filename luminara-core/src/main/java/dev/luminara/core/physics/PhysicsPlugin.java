package dev.luminara.core.physics;

import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;

/**
 * Physics-lite in {@link Stage#PHYSICS}: {@code physics.integrate} (gravity, drag, velocities) then
 * {@code physics.collide} (contacts, resolution, collision and trigger events). Adds {@link PhysicsSettings#DEFAULT}
 * unless the app already has settings, and an empty {@link TriggerContacts}.
 */
public final class PhysicsPlugin implements Plugin {
    public static final String INTEGRATE_SYSTEM = "physics.integrate";
    public static final String COLLIDE_SYSTEM = "physics.collide";

    @Override
    public void build(AppBuilder app) {
        app.world().resourceOrInsert(PhysicsSettings.class, () -> PhysicsSettings.DEFAULT);
        app.world().resourceOrInsert(TriggerContacts.class, () -> TriggerContacts.NONE);
        app.system(Stage.PHYSICS, INTEGRATE_SYSTEM, new Integrator());
        app.system(Stage.PHYSICS, COLLIDE_SYSTEM, new CollisionSystem());
    }
}
