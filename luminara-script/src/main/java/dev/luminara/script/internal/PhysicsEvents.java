package dev.luminara.script.internal;

import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.physics.CollisionEvent;
import dev.luminara.core.physics.TriggerEvent;
import dev.luminara.script.ScriptEventSource;
import dev.luminara.script.ScriptInstance;
import dev.luminara.script.ScriptValue;

/**
 * Physics events as script hooks: each {@link CollisionEvent} (sent every step while two bodies touch) becomes
 * {@code on_collision(other, normal, depth)} on both bodies; each {@link TriggerEvent} becomes
 * {@code on_trigger(other, phase)} ("enter", "stay", "exit") on the trigger and on the other entity.
 */
public final class PhysicsEvents implements ScriptEventSource {
    private Events.Reader<CollisionEvent> collisions;
    private Events.Reader<TriggerEvent> triggers;

    @Override
    public void collect(World world, Sink sink) {
        if (collisions == null) {
            collisions = world.events(CollisionEvent.class).readerFromNow();
            triggers = world.events(TriggerEvent.class).readerFromNow();
        }
        for (CollisionEvent c : collisions.read()) {
            ScriptValue depth = ScriptValue.of(c.depth());
            sink.deliver(c.a(), ScriptInstance.ON_COLLISION, ScriptValue.of(c.b()), ScriptValue.of(c.normal()), depth);
            sink.deliver(
                    c.b(),
                    ScriptInstance.ON_COLLISION,
                    ScriptValue.of(c.a()),
                    ScriptValue.of(c.normal().negate()),
                    depth);
        }
        for (TriggerEvent t : triggers.read()) {
            ScriptValue phase = ScriptValue.of(t.phase().name().toLowerCase(java.util.Locale.ROOT));
            sink.deliver(t.trigger(), ScriptInstance.ON_TRIGGER, ScriptValue.of(t.other()), phase);
            sink.deliver(t.other(), ScriptInstance.ON_TRIGGER, ScriptValue.of(t.trigger()), phase);
        }
    }
}
