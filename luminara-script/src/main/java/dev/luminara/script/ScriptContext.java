package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import java.util.Objects;

/**
 * The {@link CallContext} of one script instance: its world, entity, script and {@link Sandbox}. The host makes one
 * per instance; runtimes hand it to {@link ApiRegistry#invoke} for every call the script makes.
 */
public final class ScriptContext implements CallContext {
    /** Where messages sent by scripts go (the host's queue). */
    @FunctionalInterface
    interface MessageSink {
        void send(Entity from, Entity to, String name, ScriptValue payload);
    }

    private final World world;
    private final Entity entity;
    private final ScriptId script;
    private final Sandbox sandbox;
    private final MessageSink messages;

    ScriptContext(World world, Entity entity, ScriptId script, Sandbox sandbox, MessageSink messages) {
        this.world = Objects.requireNonNull(world, "world");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.script = Objects.requireNonNull(script, "script");
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.messages = messages;
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public Entity entity() {
        return entity;
    }

    @Override
    public ScriptId script() {
        return script;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    @Override
    public Entity spawn(Record... components) {
        sandbox.countSpawn();
        return world.commands().spawn(components);
    }

    @Override
    public void sendMessage(Entity target, String name, ScriptValue payload) {
        if (messages == null) {
            throw new ApiCallException("messages are not delivered in this host");
        }
        messages.send(entity, target, name, payload == null ? ScriptValue.NIL : payload);
    }
}
