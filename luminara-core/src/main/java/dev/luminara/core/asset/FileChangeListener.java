package dev.luminara.core.asset;

import java.util.List;

/** Receives a {@link DirectoryWatcher}'s batches on the watcher's own thread. */
@FunctionalInterface
public interface FileChangeListener {
    /** One quiet-period batch: each file at most once, in path order; never empty. */
    void onChanges(List<FileChange> changes);
}
