package dev.luminara.lunyscript.script;

import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a running block sees: the object it acts on, the engine's generated services and reflective registry (either
 * may be absent), the clock, script variables, per-block state, and the correlation id of the handler run in progress
 * (every verb call traced under it).
 */
public final class ScriptContext {
    private final LunyObject object;
    private final ServiceSet services;
    private final Object[] serviceSlots;
    private final ApiRegistry registry;
    private final Tracer tracer;
    private final Map<Object, Object> blockState = new IdentityHashMap<>();
    private final Map<String, Object> variables = new HashMap<>();
    private long frame;
    private double delta;
    private double elapsed;
    private String correlationId = "-";

    public ScriptContext(LunyObject object, ServiceSet services, ApiRegistry registry, Tracer tracer) {
        this.object = object;
        this.services = Objects.requireNonNull(services, "services (ServiceSet.EMPTY for none)");
        this.serviceSlots = services.slots();
        this.registry = registry;
        this.tracer = tracer;
    }

    public LunyObject object() {
        return object;
    }

    public <S> S service(Class<S> type) {
        return services.get(type);
    }

    /**
     * The service in slot {@code slot} of this context's {@link ServiceSet}, or null if there is none: what a
     * generated block calls first (it tests the type and falls back to {@link #service(Class)}, which either finds
     * the service or says which is missing). One field load and one array load, no map and no cache check.
     */
    public Object serviceSlot(int slot) {
        Object[] s = serviceSlots;
        return slot < s.length ? s[slot] : null;
    }

    public ServiceSet services() {
        return services;
    }

    public ApiRegistry registry() {
        if (registry == null) {
            throw new LunyScriptException("this script runs without a reflective registry (generated services only)");
        }
        return registry;
    }

    public boolean hasRegistry() {
        return registry != null;
    }

    public Tracer tracer() {
        return tracer;
    }

    /** Calls a verb through the registry on this context's object, traced under the current correlation id. */
    public Object invoke(String verb, Object... args) {
        return registry().binding(verb).invoke(object, tracer, correlationId, args);
    }

    public long frame() {
        return frame;
    }

    public double delta() {
        return delta;
    }

    public double elapsed() {
        return elapsed;
    }

    public String correlationId() {
        return correlationId;
    }

    /** Starts a handler run: advances the clock view and names the run, e.g. {@code buggy#12.update}. */
    public void begin(String trigger, long frame, double delta, double elapsed) {
        this.frame = frame;
        this.delta = delta;
        this.elapsed = elapsed;
        this.correlationId = object.name() + "#" + frame + "." + trigger;
    }

    public Object variable(String name) {
        return variables.get(name);
    }

    public void setVariable(String name, Object value) {
        variables.put(name, value);
    }

    /** State a block keeps per object (a frame counter, a timer), created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T state(Object block, Supplier<T> initial) {
        return (T) blockState.computeIfAbsent(block, k -> initial.get());
    }
}
