package dev.luminara.script;

import dev.luminara.core.Entity;

/** The host's record of one entity's script: component as last seen, instance, state and sandbox. */
final class AttachedScript {
    final Entity entity;
    final ScriptId id;
    final Sandbox sandbox;
    final ScriptContext context;
    ScriptComponent component;
    ScriptInstance instance;
    ScriptState state = ScriptState.UNINITIALIZED;
    ScriptState published;
    boolean started;
    /** The frame stamp at which the host last saw the entity's Script component. */
    long seen;

    AttachedScript(Entity entity, ScriptComponent component, ScriptId id, Sandbox sandbox, ScriptContext context) {
        this.entity = entity;
        this.component = component;
        this.id = id;
        this.sandbox = sandbox;
        this.context = context;
    }

    boolean running() {
        return state instanceof ScriptState.Running;
    }

    boolean failed() {
        return state instanceof ScriptState.Error;
    }
}
