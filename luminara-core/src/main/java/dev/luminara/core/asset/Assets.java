package dev.luminara.core.asset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.json.Json;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A file-based asset registry rooted at a folder: typed {@link Handle}s by relative path, loaders chosen by extension
 * and type, a cache, reloads and reload listeners. Out of the box it loads any file as {@code String} (UTF-8) or
 * {@code byte[]}, and {@code .json} files as Jackson {@code JsonNode}; other modules register more (the audio plugin
 * registers {@code .wav} as {@code AudioClip}).
 *
 * <p>With {@link #watch()} on, a {@link DirectoryWatcher} queues file changes; {@link #applyChanges()} reloads the
 * affected assets on the caller's thread (the asset plugin calls it at the start of every frame), so listeners and
 * the game see new versions between frames, never in the middle of one. A reload that fails keeps the last good
 * version and reports {@code RELOAD_FAILED}. A service resource: snapshots and forks share it.
 */
public final class Assets implements AutoCloseable {
    private static final String ANY = "*";

    private final Path root;
    private final Map<String, AssetLoader<?>> loaders = new LinkedHashMap<>();
    private final Map<Handle<?>, Entry> cache = new LinkedHashMap<>();
    private final List<AssetListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<FileChange> changes = new ConcurrentLinkedQueue<>();
    private DirectoryWatcher watcher;

    private Assets(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) {
            throw new AssetException("asset root " + root + " is not a directory");
        }
        register(ANY, String.class, Assets::readText);
        register(ANY, byte[].class, Files::readAllBytes);
        register("json", JsonNode.class, file -> Json.mapper().readTree(file.toFile()));
    }

    /** A registry over the files below {@code root}. */
    public static Assets open(Path root) {
        return new Assets(root);
    }

    public Path root() {
        return root;
    }

    /**
     * Loads files with {@code extension} (without the dot, case-insensitive; {@code "*"} for any) as {@code type}.
     * A later registration for the same extension and type replaces the earlier one.
     */
    public synchronized <T> Assets register(String extension, Class<T> type, AssetLoader<T> loader) {
        Objects.requireNonNull(loader, "loader");
        loaders.put(key(extension.toLowerCase(java.util.Locale.ROOT), type), loader);
        return this;
    }

    /** Whether files with {@code extension} have a loader of their own for {@code type} (wildcards not counted). */
    public synchronized boolean hasLoader(String extension, Class<?> type) {
        return loaders.containsKey(key(extension.toLowerCase(java.util.Locale.ROOT), type));
    }

    /** A handle for {@code path} as {@code type}; checks the path and that a loader exists, but does not load. */
    public synchronized <T> Handle<T> handle(String path, Class<T> type) {
        String p = AssetPaths.normalise(path);
        loaderFor(p, type);
        return new Handle<>(p, type);
    }

    /** The asset, loaded on first use and cached; throws {@link AssetNotFoundException} or {@link AssetLoadException}. */
    public synchronized <T> T get(Handle<T> handle) {
        Entry e = cache.get(handle);
        if (e == null) {
            e = new Entry(read(handle));
            cache.put(handle, e);
        }
        return handle.type().cast(e.value);
    }

    /** {@code get(handle(path, type))}. */
    public <T> T load(String path, Class<T> type) {
        return get(handle(path, type));
    }

    public synchronized boolean isLoaded(Handle<?> handle) {
        return cache.containsKey(handle);
    }

    /** 0 before the first load, then 1, plus one per successful reload: a cheap "has it changed?" check. */
    public synchronized long version(Handle<?> handle) {
        Entry e = cache.get(handle);
        return e == null ? 0 : e.version;
    }

    /** Handles of every cached asset, in load order. */
    public synchronized List<Handle<?>> loaded() {
        return List.copyOf(cache.keySet());
    }

    /** Loads {@code path} again for every type it is cached as, tells the listeners, and returns what happened. */
    public synchronized List<AssetEvent> reload(String path) {
        String p = AssetPaths.normalise(path);
        List<AssetEvent> events = new ArrayList<>();
        for (var entry : cache.entrySet()) {
            if (!entry.getKey().path().equals(p)) continue;
            events.add(reloadOne(entry.getKey(), entry.getValue()));
        }
        events.forEach(this::tell);
        return events;
    }

    private AssetEvent reloadOne(Handle<?> handle, Entry entry) {
        if (!Files.isRegularFile(root.resolve(handle.path()))) {
            return new AssetEvent(handle, AssetEvent.Kind.DELETED, null);
        }
        try {
            entry.value = read(handle);
            entry.version++;
            return new AssetEvent(handle, AssetEvent.Kind.RELOADED, null);
        } catch (AssetException e) {
            return new AssetEvent(handle, AssetEvent.Kind.RELOAD_FAILED, e.getMessage());
        }
    }

    private void tell(AssetEvent event) {
        for (AssetListener l : listeners) l.onAssetEvent(event);
    }

    public void addListener(AssetListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AssetListener listener) {
        listeners.remove(listener);
    }

    /** Starts watching the root; changes are queued until {@link #applyChanges()}. Does nothing if already watching. */
    public synchronized void watch() {
        if (watcher == null) watcher = DirectoryWatcher.start(root, changes::addAll);
    }

    public synchronized boolean isWatching() {
        return watcher != null;
    }

    /** Reloads the cached assets whose files changed since the last call; returns the events (also told to listeners). */
    public List<AssetEvent> applyChanges() {
        TreeSet<String> paths = new TreeSet<>();
        for (FileChange c; (c = changes.poll()) != null; ) {
            paths.add(root.relativize(c.path()).toString().replace('\\', '/'));
        }
        List<AssetEvent> events = new ArrayList<>();
        for (String p : paths) events.addAll(reload(p));
        return events;
    }

    /** Stops watching; cached assets stay available. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private <T> T read(Handle<T> handle) {
        AssetLoader<T> loader = loaderFor(handle.path(), handle.type());
        Path file = root.resolve(handle.path());
        if (!Files.isRegularFile(file)) throw AssetPaths.notFound(root, handle.path());
        try {
            T value = loader.load(file);
            if (value == null) throw new IOException("the loader returned nothing");
            return value;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new AssetLoadException(
                    handle.path(),
                    handle.path() + ": cannot load as " + handle.type().getSimpleName() + ": " + why,
                    e);
        }
    }

    @SuppressWarnings("unchecked") // loaders are stored by (extension, type) and registered with matching types
    private <T> AssetLoader<T> loaderFor(String path, Class<T> type) {
        String ext = AssetPaths.extension(path);
        AssetLoader<?> l = loaders.get(key(ext, type));
        if (l == null) l = loaders.get(key(ANY, type));
        if (l == null) {
            List<String> exts = new ArrayList<>();
            for (String k : loaders.keySet()) {
                if (k.endsWith(" " + type.getName())) exts.add(k.substring(0, k.indexOf(' ')));
            }
            throw new AssetLoadException(
                    path,
                    path + ": no loader for '." + ext + "' files as " + type.getSimpleName()
                            + (exts.isEmpty()
                                    ? " (none for that type)"
                                    : " (" + type.getSimpleName() + " loads from: ." + String.join(", .", exts) + ")"),
                    null);
        }
        return (AssetLoader<T>) l;
    }

    private static String key(String extension, Class<?> type) {
        return extension + " " + type.getName();
    }

    private static String readText(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }

    /** A cached asset: the last good value and how many times it has been loaded. */
    private static final class Entry {
        Object value;
        long version = 1;

        Entry(Object value) {
            this.value = value;
        }
    }
}
