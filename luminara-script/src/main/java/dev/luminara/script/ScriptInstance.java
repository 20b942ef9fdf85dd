package dev.luminara.script;

import java.util.Objects;

/**
 * One script attached to one entity. The lifecycle is fixed here ({@code final}): every hook call runs inside the
 * instance's {@link Sandbox} (timed by the watchdog, budgets counted) with its {@link ScriptContext} current, so a
 * runtime only says how to call a hook and whether it can swap code in place.
 */
public abstract class ScriptInstance {
    public static final String ON_START = "on_start";
    public static final String ON_UPDATE = "on_update";
    public static final String ON_DESTROY = "on_destroy";
    public static final String ON_COLLISION = "on_collision";
    public static final String ON_TRIGGER = "on_trigger";
    public static final String ON_MESSAGE = "on_message";
    public static final String ON_SAVE = "on_save";
    public static final String ON_RESTORE = "on_restore";

    private final ScriptContext context;
    private final ScriptEnvironment environment;

    protected ScriptInstance(ScriptContext context, ScriptEnvironment environment) {
        this.context = Objects.requireNonNull(context, "context");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public final ScriptContext context() {
        return context;
    }

    /**
     * Calls a hook if the script defines it (otherwise returns nil without entering the sandbox). Throws
     * {@link ScriptRuntimeException} or {@link ScriptLimitException}; the host turns either into
     * {@link ScriptState.Error}.
     */
    public final ScriptValue call(String hook, ScriptValue... args) {
        if (!defines(hook)) return ScriptValue.NIL;
        ScriptContext previous = environment.enter(context);
        Sandbox sandbox = context.sandbox();
        sandbox.enter();
        try {
            return invoke(hook, args);
        } finally {
            sandbox.exit();
            environment.leave(previous);
        }
    }

    /** Whether this version of the script defines {@code hook}. */
    public abstract boolean defines(String hook);

    /** Runs {@code hook}; called inside the sandbox by {@link #call}. {@code args} is read-only (the host shares it). */
    protected abstract ScriptValue invoke(String hook, ScriptValue[] args);

    /**
     * Hot reload with {@link ReloadStrategy#PRESERVE_STATE}: switches this instance to {@code next}'s functions while
     * keeping its fields. Returns false if the runtime cannot (WASM), and the host falls back to another strategy.
     */
    public abstract boolean preserveInto(CompiledScript next);

    /** Releases what the instance holds; no hook runs after it. */
    public void close() {}
}
