package dev.luminara.core.asset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Collects a watcher's batches and lets a test wait, with a deadline, for a change to show up. */
final class RecordingListener implements FileChangeListener {
    static final long DEADLINE_MILLIS = 10_000;

    private final LinkedBlockingQueue<List<FileChange>> queue = new LinkedBlockingQueue<>();
    private final List<List<FileChange>> batches = new ArrayList<>();

    @Override
    public void onChanges(List<FileChange> changes) {
        queue.add(changes);
    }

    /** Waits until a batch holds {@code path} with {@code kind}; returns every batch received so far. */
    List<List<FileChange>> await(Path path, FileChange.Kind kind) throws InterruptedException {
        FileChange wanted = new FileChange(path.toAbsolutePath().normalize(), kind);
        return awaitBatch(b -> b.contains(wanted), wanted.toString());
    }

    List<List<FileChange>> awaitBatch(Predicate<List<FileChange>> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        for (List<FileChange> b : batches) {
            if (wanted.test(b)) return List.copyOf(batches);
        }
        while (true) {
            long left = deadline - System.nanoTime();
            List<FileChange> b = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (b == null) {
                throw new AssertionError(
                        "no batch with " + what + " within " + DEADLINE_MILLIS + " ms; got " + batches);
            }
            batches.add(b);
            if (wanted.test(b)) return List.copyOf(batches);
        }
    }

    /** Every change received so far, flattened, including batches not yet awaited. */
    List<FileChange> all() {
        queue.drainTo(batches);
        return batches.stream().flatMap(List::stream).toList();
    }
}
