package dev.luminara.lunyscript.script;

import dev.luminara.lunyscript.LunyScriptException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The engine services generated blocks call ({@code VehicleService}), one implementation per domain for one engine.
 * Each service also sits in a numbered slot (the generated {@code VehicleService.SLOT}), so that a generated block
 * reaches its service with one array load instead of a map or cache lookup; {@link #get(Class)} stays the checked
 * way in (and the fallback when a slot holds something else, e.g. services generated from another descriptor).
 */
public final class ServiceSet {
    public static final ServiceSet EMPTY = new ServiceSet(Map.of(), new Object[0], "none");

    private final Map<Class<?>, Object> services;
    private final Object[] slots;
    private final String engine;

    private ServiceSet(Map<Class<?>, Object> services, Object[] slots, String engine) {
        this.services = new IdentityHashMap<>(services);
        this.slots = slots;
        this.engine = engine;
    }

    public static Builder builder(String engine) {
        return new Builder(engine);
    }

    public <S> S get(Class<S> type) {
        Object s = services.get(type);
        if (s == null) {
            throw new LunyScriptException("no " + type.getSimpleName() + " for engine " + engine
                    + " (install the generated services, e.g. " + engine + "Services.create(adapter, descriptor))");
        }
        return type.cast(s);
    }

    /** The slot array itself (not a copy): {@link ScriptContext} keeps it so a block's lookup is one load. */
    Object[] slots() {
        return slots;
    }

    public String engine() {
        return engine;
    }

    public Set<Class<?>> types() {
        return services.keySet();
    }

    public static final class Builder {
        private final Map<Class<?>, Object> services = new IdentityHashMap<>();
        private Object[] slots = new Object[0];
        private final String engine;

        private Builder(String engine) {
            this.engine = engine;
        }

        /** Adds {@code service} as the {@code type} of this engine, in slot {@code slot} (the generated constant). */
        public <S> Builder add(int slot, Class<S> type, S service) {
            if (slot < 0) throw new IllegalArgumentException("slot " + slot + " of " + type.getSimpleName() + " < 0");
            if (!type.isInstance(service)) {
                throw new IllegalArgumentException(service + " is not a " + type.getSimpleName());
            }
            if (slot >= slots.length) slots = Arrays.copyOf(slots, slot + 1);
            if (slots[slot] != null) {
                throw new IllegalArgumentException(
                        "slot " + slot + " of " + type.getSimpleName() + " already holds " + slots[slot]);
            }
            slots[slot] = service;
            services.put(type, service);
            return this;
        }

        public ServiceSet build() {
            return new ServiceSet(services, slots.clone(), engine);
        }
    }
}
