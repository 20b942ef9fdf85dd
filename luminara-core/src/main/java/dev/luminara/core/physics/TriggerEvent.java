package dev.luminara.core.physics;

import dev.luminara.core.Entity;

/**
 * A collider overlapping a trigger collider ({@code Collider.trigger}), sent through
 * {@code world.events(TriggerEvent.class)}: ENTER on the first step of an overlap, STAY on each later one, EXIT on the
 * first step without it (also when either entity was despawned or lost its collider). When two triggers overlap each
 * is reported as the trigger once.
 */
public record TriggerEvent(Entity trigger, Entity other, Phase phase) {
    /** Where in an overlap a trigger event falls. */
    public enum Phase {
        ENTER,
        STAY,
        EXIT
    }
}
