package dev.luminara.core.asset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The watcher's memory: which regular files existed at the last batch (with size and modification time), and which
 * paths were touched since. A batch compares the two states of every touched path, which is what turns an editor's
 * burst (write temp, delete original, rename temp) into one net change per file.
 */
final class FileStates {
    private final Map<Path, State> known = new HashMap<>();
    private final Set<Path> touched = new LinkedHashSet<>();

    /** Records a file that exists when watching starts; it is not reported. */
    void remember(Path file, BasicFileAttributes attrs) {
        known.put(file, State.of(attrs));
    }

    void touch(Path path) {
        touched.add(path);
    }

    /** Touches every known file at or below {@code dir}: a deleted directory takes its files with it. */
    void touchTree(Path dir) {
        for (Path p : known.keySet()) {
            if (p.startsWith(dir)) touched.add(p);
        }
    }

    /**
     * After lost events: touches every known file and every file now present, but reports only real differences
     * (a file that exists on both sides counts as modified only if its size or time changed).
     */
    void rescan(Set<Path> present) {
        Map<Path, State> now = new HashMap<>();
        for (Path p : present) {
            State s = stateOf(p);
            if (s != null) now.put(p, s);
        }
        for (Path p : known.keySet()) {
            if (!now.containsKey(p)) touched.add(p);
        }
        for (var e : now.entrySet()) {
            if (!e.getValue().equals(known.get(e.getKey()))) touched.add(e.getKey());
        }
    }

    boolean hasTouched() {
        return !touched.isEmpty();
    }

    /** The net change of every touched path since the last batch, in path order; forgets the touches. */
    List<FileChange> drain() {
        List<Path> paths = new ArrayList<>(touched);
        touched.clear();
        paths.sort(null);
        List<FileChange> out = new ArrayList<>();
        for (Path p : paths) {
            State before = known.get(p);
            State after = stateOf(p);
            if (after != null) {
                known.put(p, after);
                out.add(new FileChange(p, before == null ? FileChange.Kind.CREATED : FileChange.Kind.MODIFIED));
            } else if (before != null) {
                known.remove(p);
                out.add(new FileChange(p, FileChange.Kind.DELETED));
            } // created and deleted within the batch (an editor's temp file): nothing to say
        }
        return out;
    }

    private static State stateOf(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
            return attrs.isRegularFile() ? State.of(attrs) : null;
        } catch (IOException gone) {
            return null;
        }
    }

    private record State(long size, long modifiedNanos) {
        static State of(BasicFileAttributes attrs) {
            return new State(attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        }
    }
}
