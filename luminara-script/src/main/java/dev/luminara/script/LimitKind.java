package dev.luminara.script;

/** The sandbox limits of {@link SandboxConfig}, plus the structural caps the runtimes add. */
public enum LimitKind {
    EXECUTION_TIME("max_execution_time"),
    MEMORY("max_memory"),
    ENTITIES_SPAWNED("max_entities_spawned"),
    API_CALLS("max_api_calls"),
    INSTRUCTIONS("max_instructions"),
    /** A string or table operation that would build a value larger than the sandbox allows in one step. */
    VALUE_SIZE("max_value_size"),
    /** Too many live coroutines (each LuaJ coroutine is a Java thread). */
    COROUTINES("max_coroutines"),
    /** Nested calls deeper than the runtime allows. */
    STACK_DEPTH("max_stack_depth");

    private final String configName;

    LimitKind(String configName) {
        this.configName = configName;
    }

    /** The name used in the seed's {@code SandboxConfig} and in messages. */
    public String configName() {
        return configName;
    }
}
