package dev.luminara.lunyscript.script;

/**
 * A service looked up once per {@link ServiceSet} rather than on every call: generated blocks keep one per domain, so
 * a block's execute is a reference comparison and a direct call. Thread-safe: the cache is one immutable entry.
 */
public final class ServiceHandle<S> {
    private final Class<S> type;
    private Entry<S> last;

    private record Entry<S>(ServiceSet set, S service) {}

    public ServiceHandle(Class<S> type) {
        this.type = type;
    }

    public S get(ScriptContext context) {
        ServiceSet set = context.services();
        Entry<S> e = last;
        if (e == null || e.set != set) {
            e = new Entry<>(set, set.get(type));
            last = e;
        }
        return e.service;
    }
}
