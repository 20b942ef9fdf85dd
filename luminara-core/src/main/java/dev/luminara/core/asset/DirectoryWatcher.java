package dev.luminara.core.asset;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and everything below it (sub-folders are registered as they appear) and tells a listener, on the
 * watcher's own daemon thread, which regular files were created, modified or deleted.
 *
 * <p>Editors save in bursts (write a temp file and rename it over the original, or delete and re-create), so events are
 * debounced: a batch is delivered once no event has arrived for the quiet period (or, under a constant stream of
 * events, at most {@link #maxDelay()} after the batch's first event). Within a batch each file appears once with its net
 * change, computed by comparing whether it existed at the previous batch with whether it exists now: a rename-save or a
 * delete+create of an existing file is {@code MODIFIED}, a temp file that came and went is not reported. Directories
 * are watched but not reported. When the operating system drops events (overflow) the tree is rescanned and only real
 * differences (size or modification time) are reported.
 *
 * <p>Uses {@link WatchService}: inotify on Linux (events within milliseconds); on platforms whose JDK polls, batches
 * arrive as late as the JDK's polling interval.
 */
public final class DirectoryWatcher implements AutoCloseable {
    /** Long enough to merge one editor save, short enough to feel instant. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
    private static final Duration MIN_MAX_DELAY = Duration.ofSeconds(1);

    private final Path root;
    private final Duration quietPeriod;
    private final Duration maxDelay;
    private final FileChangeListener listener;
    private final WatchService service;
    private final Map<WatchKey, Path> directories = new HashMap<>();
    private final FileStates files = new FileStates();
    private final Thread thread;
    private volatile boolean closed;

    private DirectoryWatcher(Path root, Duration quietPeriod, FileChangeListener listener) {
        this.root = root.toAbsolutePath().normalize();
        this.quietPeriod = quietPeriod;
        Duration tenQuiet = quietPeriod.multipliedBy(10);
        this.maxDelay = tenQuiet.compareTo(MIN_MAX_DELAY) > 0 ? tenQuiet : MIN_MAX_DELAY;
        this.listener = listener;
        if (!Files.isDirectory(this.root)) {
            throw new AssetException("cannot watch " + root + ": "
                    + (Files.exists(this.root) ? "not a directory" : "no such directory"));
        }
        try {
            this.service = this.root.getFileSystem().newWatchService();
            registerTree(this.root, files::remember);
        } catch (IOException e) {
            close();
            throw new AssetException("cannot watch " + root + ": " + describe(e), e);
        }
        this.thread = new Thread(this::loop, "luminara-watch-" + this.root.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching {@code root} with the default quiet period (50 ms). */
    public static DirectoryWatcher start(Path root, FileChangeListener listener) {
        return start(root, DEFAULT_QUIET_PERIOD, listener);
    }

    /**
     * Starts watching {@code root}; changes made after this returns are reported. A zero quiet period delivers each
     * drained group of events at once (what the latency benchmark uses).
     */
    public static DirectoryWatcher start(Path root, Duration quietPeriod, FileChangeListener listener) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(listener, "listener");
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("quiet period must not be negative, got " + quietPeriod);
        }
        return new DirectoryWatcher(root, quietPeriod, listener);
    }

    /** The watched folder, absolute and normalised; every reported path is below it. */
    public Path root() {
        return root;
    }

    public Duration quietPeriod() {
        return quietPeriod;
    }

    /** The longest a batch waits for quiet before it is delivered anyway. */
    public Duration maxDelay() {
        return maxDelay;
    }

    public boolean isOpen() {
        return !closed && thread.isAlive();
    }

    /** Stops watching and waits briefly for the watcher thread; no batch is delivered after this returns. */
    @Override
    public void close() {
        closed = true;
        try {
            if (service != null) service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service of {}", root, e);
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        long firstEvent = 0;
        long lastEvent = 0;
        try {
            while (!closed) {
                WatchKey key;
                if (!files.hasTouched()) {
                    key = service.take();
                } else {
                    long due = Math.min(lastEvent + quietPeriod.toNanos(), firstEvent + maxDelay.toNanos());
                    long wait = due - System.nanoTime();
                    key = wait <= 0 ? service.poll() : service.poll(wait, TimeUnit.NANOSECONDS);
                    if (key == null && System.nanoTime() - due >= 0) {
                        deliver();
                        continue;
                    }
                }
                if (key == null) continue;
                boolean wasIdle = !files.hasTouched();
                for (; key != null; key = service.poll()) {
                    handle(key);
                }
                lastEvent = System.nanoTime();
                if (wasIdle) firstEvent = lastEvent;
            }
        } catch (ClosedWatchServiceException | InterruptedException stop) {
            // close() was called
        } catch (RuntimeException e) {
            LOG.error("watcher of {} stopped", root, e);
        }
    }

    private void deliver() {
        List<FileChange> batch = files.drain();
        if (batch.isEmpty() || closed) return;
        try {
            listener.onChanges(List.copyOf(batch));
        } catch (RuntimeException e) {
            LOG.warn("file change listener of {} failed on {}", root, batch, e);
        }
    }

    private void handle(WatchKey key) {
        Path dir = directories.get(key);
        if (dir == null) {
            key.pollEvents(); // a folder we stopped watching because it was deleted or moved away
            return;
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                rescan();
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerNewTree(child);
            } else if (event.kind() == ENTRY_DELETE) {
                files.touch(child);
                files.touchTree(child);
                forgetDirectoriesUnder(child);
            } else {
                files.touch(child);
            }
        }
        if (!key.reset()) {
            directories.remove(key); // the directory is gone; its delete event touched its files
        }
    }

    /** A folder that appeared: watch it, and report the files that were written into it before it was watched. */
    private void registerNewTree(Path dir) {
        try {
            registerTree(dir, (file, attrs) -> files.touch(file));
        } catch (NoSuchFileException gone) {
            // created and removed again before we got to it
        } catch (IOException e) {
            LOG.warn("cannot watch new folder {}: {}", dir, describe(e));
        }
    }

    /** A folder moved or deleted away: its old watch would report paths that no longer mean anything. */
    private void forgetDirectoriesUnder(Path gone) {
        directories.entrySet().removeIf(e -> {
            if (!e.getValue().startsWith(gone)) return false;
            e.getKey().cancel();
            return true;
        });
    }

    private void registerTree(Path start, BiConsumer<Path, BasicFileAttributes> onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                directories.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) onFile.accept(file, attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // vanished while walking: its delete event follows
            }
        });
    }

    private void rescan() {
        directories.keySet().forEach(WatchKey::cancel);
        directories.clear();
        Set<Path> present = new HashSet<>();
        try {
            registerTree(root, (file, attrs) -> present.add(file));
        } catch (IOException e) {
            LOG.warn("rescanning {} after lost events failed: {}", root, describe(e));
        }
        files.rescan(present);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
