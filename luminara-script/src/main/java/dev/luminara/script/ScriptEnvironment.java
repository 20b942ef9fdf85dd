package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.script.internal.Watchdog;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a runtime session gets from its host: the API to expose, the sources {@code require} may read, and the
 * instance whose hook is running right now (API calls are made on its behalf).
 */
public final class ScriptEnvironment {
    private final ApiRegistry api;
    private final ScriptSources sources;
    private final SandboxConfig sandboxConfig;
    private final Watchdog.Slot slot;
    private ScriptContext current;

    /** An environment whose calls are timed on the calling thread; {@link #close()} releases the watchdog slot. */
    public ScriptEnvironment(ApiRegistry api, ScriptSources sources, SandboxConfig sandboxConfig) {
        this.api = Objects.requireNonNull(api, "api");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.sandboxConfig = Objects.requireNonNull(sandboxConfig, "sandboxConfig");
        this.slot = Watchdog.instance().register(Thread.currentThread());
    }

    /** A fresh sandbox with this environment's limits, timed by its watchdog slot. */
    Sandbox newSandbox(ScriptId script) {
        return new Sandbox(sandboxConfig, script, slot);
    }

    /**
     * Runs {@code action} under a fresh sandbox with this environment's limits: what runtimes use to execute a
     * script's top level (a Lua chunk, a WASM start function) before any instance exists.
     */
    public <T> T guarded(ScriptId script, Function<Sandbox, T> action) {
        Sandbox s = newSandbox(script);
        s.enter();
        try {
            return action.apply(s);
        } finally {
            s.exit();
        }
    }

    /** Releases the watchdog slot. */
    public void close() {
        slot.close();
    }

    public ApiRegistry api() {
        return api;
    }

    public ScriptSources sources() {
        return sources;
    }

    /** The limits instances of this host run under (each instance has its own {@link Sandbox} with them). */
    public SandboxConfig sandboxConfig() {
        return sandboxConfig;
    }

    /** The instance whose hook is running, or null between calls. */
    public ScriptContext current() {
        return current;
    }

    ScriptContext enter(ScriptContext context) {
        ScriptContext previous = current;
        current = context;
        return previous;
    }

    void leave(ScriptContext previous) {
        current = previous;
    }

    /** Calls an API function on behalf of the running instance; see {@link ApiRegistry#invoke}. */
    public ScriptValue invoke(ApiBinding binding, List<ScriptValue> args) {
        ScriptContext c = current;
        if (c == null) throw outsideHook(binding);
        return ApiRegistry.invoke(c, binding, args);
    }

    /** {@link ApiRegistry#invokeReadVec3} on behalf of the running instance. */
    public void invokeReadVec3(ApiBinding binding, Entity entity, float[] out) {
        ApiRegistry.invokeReadVec3(running(binding), binding, entity, out);
    }

    /** {@link ApiRegistry#invokeWriteVec3} on behalf of the running instance. */
    public void invokeWriteVec3(ApiBinding binding, Entity entity, float x, float y, float z) {
        ApiRegistry.invokeWriteVec3(running(binding), binding, entity, x, y, z);
    }

    private ScriptContext running(ApiBinding binding) {
        ScriptContext c = current;
        if (c == null) throw outsideHook(binding);
        return c;
    }

    private static ApiCallException outsideHook(ApiBinding binding) {
        return new ApiCallException(binding.qualifiedName() + " was called outside a script hook (while loading a"
                + " module at top level?); call engine functions from on_start, on_update or an event hook");
    }
}
