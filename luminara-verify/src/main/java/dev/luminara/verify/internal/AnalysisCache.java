package dev.luminara.verify.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The static analysis of recently verified Lua sources, by path and text: an agent that resubmits a script (or
 * {@code verify} then {@code apply}) does not parse and walk it again. A result that asked the script root whether a
 * {@code require}d module exists is not kept, since files under the root can appear or go between calls. Facts are
 * immutable, so one result may be handed out many times; the cache is safe to share between threads.
 */
public final class AnalysisCache {
    private final int capacity;
    private final Map<Key, LuaFacts> entries;

    private record Key(String path, String source) {}

    public AnalysisCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * The cached facts for {@code path} and {@code source}, else {@code analyze(moduleExists', source)}'s, kept unless
     * it consulted the module predicate ({@code moduleExists'} is {@code moduleExists} watched; null stays null).
     */
    public LuaFacts get(
            String path,
            String source,
            Predicate<String> moduleExists,
            BiFunction<Predicate<String>, String, LuaFacts> analyze) {
        Key key = new Key(Objects.requireNonNull(path, "path"), Objects.requireNonNull(source, "source"));
        synchronized (entries) {
            LuaFacts hit = entries.get(key);
            if (hit != null) return hit;
        }
        AtomicBoolean asked = new AtomicBoolean();
        Predicate<String> watched = moduleExists == null
                ? null
                : m -> {
                    asked.set(true);
                    return moduleExists.test(m);
                };
        LuaFacts facts = analyze.apply(watched, source);
        if (!asked.get()) {
            synchronized (entries) {
                entries.put(key, facts);
                if (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
        }
        return facts;
    }

    /** How many results are kept (for tests). */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
