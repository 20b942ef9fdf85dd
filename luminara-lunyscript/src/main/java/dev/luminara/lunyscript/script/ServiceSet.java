package dev.luminara.lunyscript.script;

import dev.luminara.lunyscript.LunyScriptException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** The engine services generated blocks call ({@code VehicleService}), one implementation per domain for one engine. */
public final class ServiceSet {
    public static final ServiceSet EMPTY = new ServiceSet(Map.of(), "none");

    private final Map<Class<?>, Object> services;
    private final String engine;

    private ServiceSet(Map<Class<?>, Object> services, String engine) {
        this.services = new IdentityHashMap<>(services);
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

    public String engine() {
        return engine;
    }

    public Set<Class<?>> types() {
        return services.keySet();
    }

    public static final class Builder {
        private final Map<Class<?>, Object> services = new IdentityHashMap<>();
        private final String engine;

        private Builder(String engine) {
            this.engine = engine;
        }

        public <S> Builder add(Class<S> type, S service) {
            services.put(type, service);
            return this;
        }

        public ServiceSet build() {
            return new ServiceSet(services, engine);
        }
    }
}
