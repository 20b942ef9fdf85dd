package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;

/**
 * Turns world events into script event hooks once per frame (physics collisions into {@code on_collision}, say).
 * The host calls every source after it has delivered messages and before {@code on_update}.
 */
@FunctionalInterface
public interface ScriptEventSource {
    /** Receives hooks to deliver. */
    @FunctionalInterface
    interface Sink {
        void deliver(Entity target, String hook, ScriptValue... args);
    }

    void collect(World world, Sink sink);
}
