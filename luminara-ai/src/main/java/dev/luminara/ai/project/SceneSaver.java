package dev.luminara.ai.project;

import dev.luminara.core.World;
import dev.luminara.core.scene.Scenes;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the project's scene file off the game thread. Serialising a large world takes far longer than forking it
 * (about 25 µs per entity against well under one), and the timeline, not this file, is the durable record: so each
 * head change hands a fork to one background thread, and saves that pile up while it writes collapse into the newest.
 */
final class SceneSaver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SceneSaver.class);

    private final Path file;
    private final String sceneName;
    private final SavedMark mark;
    private final AtomicReference<World> pending = new AtomicReference<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "luminara-scene-saver");
        t.setDaemon(true);
        return t;
    });
    private volatile RuntimeException lastFailure;

    SceneSaver(Path file, String sceneName, SavedMark mark) {
        this.file = file;
        this.sceneName = sceneName;
        this.mark = mark;
    }

    /** Queues {@code copy} (a world nobody else touches) to be written; replaces a copy still waiting. */
    void submit(World copy) {
        if (pending.getAndSet(copy) == null) thread.execute(this::drain);
    }

    private void drain() {
        World copy = pending.getAndSet(null);
        if (copy == null) return;
        try {
            mark.record(Scenes.save(copy, sceneName, file));
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e;
            LOG.warn("cannot save {}: {}", file, e.getMessage());
        }
    }

    /** Waits until every queued copy is written; rethrows the last write's failure, if it failed. */
    void flush() {
        try {
            thread.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectException("interrupted while saving " + file, e);
        } catch (ExecutionException e) {
            throw new ProjectException(
                    "cannot save " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
        RuntimeException failure = lastFailure;
        if (failure != null) throw new ProjectException("cannot save " + file + ": " + failure.getMessage(), failure);
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            thread.shutdown();
        }
    }
}
