package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;

/**
 * What an {@link ApiImplementation} knows about its caller: the world, the entity whose script is running and the
 * sandbox that counts its calls. Structural changes go through {@link #world()}{@code .commands()}; spawning goes
 * through {@link #spawn} so that it is counted against {@link SandboxConfig#maxEntitiesSpawned()}.
 */
public interface CallContext {
    World world();

    /** The entity the calling script is attached to ({@code self.entity}). */
    Entity entity();

    /** The script that is calling, by its path relative to the script root. */
    ScriptId script();

    /**
     * Queues a spawn through the world's commands and returns the reserved id; refused (a limit error that stops the
     * script) when it would exceed the spawn budget.
     */
    Entity spawn(Record... components);

    /** Sends {@code on_message(from, name, payload)} to the scripts on {@code target} at the next script stage. */
    void sendMessage(Entity target, String name, ScriptValue payload);
}
