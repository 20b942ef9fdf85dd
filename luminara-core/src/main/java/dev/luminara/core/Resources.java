package dev.luminara.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A world's resources: singletons keyed by class, and one {@link Events} buffer per event type kept in the same map so
 * that snapshots, forks and restores carry both alike. Copies copy {@link Snapshottable} values and share the rest.
 */
final class Resources {
    private Map<Object, Object> map;

    private Resources(Map<Object, Object> map) {
        this.map = map;
    }

    static Resources empty() {
        return new Resources(new LinkedHashMap<>());
    }

    /** Resources holding a copy of {@code source} (a snapshot's or another world's). */
    static Resources copyOf(Map<Object, Object> source) {
        return new Resources(copy(source));
    }

    /** An independent copy (forks). */
    Resources copy() {
        return new Resources(copy(map));
    }

    /** A copy of the current entries (snapshots). */
    Map<Object, Object> copyEntries() {
        return copy(map);
    }

    /** Replaces every entry with a copy of {@code source}'s (restore). */
    void restoreFrom(Map<Object, Object> source) {
        map = copy(source);
    }

    private static Map<Object, Object> copy(Map<Object, Object> source) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, v instanceof Snapshottable<?> s ? s.copy() : v));
        return copy;
    }

    void insert(Object key, Object resource) {
        map.put(key, resource);
    }

    <R> R get(Class<R> type) {
        Object r = map.get(type);
        if (r == null) throw new MissingResourceException(type);
        return type.cast(r);
    }

    <R> Optional<R> find(Class<R> type) {
        return Optional.ofNullable(type.cast(map.get(type)));
    }

    <R> R getOrInsert(Class<R> type, Supplier<? extends R> create) {
        return type.cast(map.computeIfAbsent(type, k -> create.get()));
    }

    <R> R remove(Class<R> type) {
        return type.cast(map.remove(type));
    }

    @SuppressWarnings("unchecked")
    <E> Events<E> events(Class<E> type) {
        return (Events<E>) map.computeIfAbsent(new EventKey(type), k -> new Events<E>());
    }

    void updateEvents() {
        for (Object r : map.values()) {
            if (r instanceof Events<?> ev) ev.update();
        }
    }

    /** Keys event buffers apart from a resource of the event's own class. */
    private record EventKey(Class<?> type) {}
}
