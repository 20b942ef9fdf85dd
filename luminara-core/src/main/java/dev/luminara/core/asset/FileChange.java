package dev.luminara.core.asset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One regular file that changed during a batch, as seen by a {@link DirectoryWatcher}: the absolute, normalised path
 * and what happened to it between the previous batch and this one.
 */
public record FileChange(Path path, Kind kind) {
    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }

    /** The net effect on one file over a batch: a file deleted and written again is {@code MODIFIED}. */
    public enum Kind {
        CREATED,
        MODIFIED,
        DELETED
    }
}
