package dev.luminara.script;

import dev.luminara.core.asset.DirectoryWatcher;
import dev.luminara.core.asset.FileChange;
import dev.luminara.core.asset.FileChangeListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Feeds a {@link ScriptHost} the script files that changed under its root, using the core's debounced
 * {@link DirectoryWatcher}. Batches arrive on the watcher's thread and are queued; the host applies them on the game
 * thread at the start of its next frame, so a reload never races a running hook.
 */
final class HotReload implements FileChangeListener, AutoCloseable {
    private final Path root;
    private final ConcurrentLinkedQueue<ScriptId> pending = new ConcurrentLinkedQueue<>();
    private final DirectoryWatcher watcher;

    HotReload(Path root, Duration quietPeriod) {
        this.root = root.toAbsolutePath().normalize();
        this.watcher = DirectoryWatcher.start(this.root, quietPeriod, this);
    }

    @Override
    public void onChanges(List<FileChange> changes) {
        for (FileChange c : changes) {
            String name = c.path().getFileName().toString();
            if (!ScriptLanguage.isScript(name)) continue;
            try {
                pending.add(ScriptId.relative(root, c.path()));
            } catch (ScriptException e) {
                // a file outside the root (a link) is not ours to reload
            }
        }
    }

    /** The scripts changed since the last call, each once. */
    Set<ScriptId> drain() {
        Set<ScriptId> out = new LinkedHashSet<>();
        for (ScriptId id; (id = pending.poll()) != null; ) out.add(id);
        return out;
    }

    @Override
    public void close() {
        watcher.close();
    }
}
