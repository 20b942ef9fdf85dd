package dev.luminara.ai.timeline;

import dev.luminara.ai.command.CommandException;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.core.CoreException;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the world from one point of the timeline to another, the cheaper of two ways: walking the tree (undo up to
 * the common ancestor, redo down to the target) or restoring the snapshot nearest above the target and redoing the
 * few operations after it. A snapshot restore costs about as much as {@link #snapshotCost} operations.
 */
final class Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(Navigator.class);

    private final CommandExecutor executor;
    private final TimelineStore store;
    private final OperationTree tree;
    private final WorldState state;
    private final LongFunction<Operation> load;
    private final Map<String, String> tracked;
    /** Recently used snapshots, parsed: going back and forth between branches reads and parses each once. */
    private final Map<Long, WorldState.Parsed> parsed = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WorldState.Parsed> eldest) {
            return size() > 4;
        }
    };

    Navigator(
            CommandExecutor executor,
            TimelineStore store,
            OperationTree tree,
            WorldState state,
            LongFunction<Operation> load,
            Map<String, String> tracked) {
        this.executor = executor;
        this.store = store;
        this.tree = tree;
        this.state = state;
        this.load = load;
        this.tracked = tracked;
    }

    /** Restoring a snapshot re-creates every entity; it is worth about one operation per hundred entities. */
    int snapshotCost() {
        return 10 + executor.world().entityCount() / 100;
    }

    void move(long from, long to) {
        if (from == to) return;
        long common = tree.commonAncestor(from, to);
        int walk = tree.depth(from) - tree.depth(common) + tree.depth(to) - tree.depth(common);
        long snapshot = tree.nearestSnapshot(to);
        int viaSnapshot = snapshotCost() + tree.depth(to) - tree.depth(snapshot);
        if (walk <= viaSnapshot) {
            try {
                walk(from, common, to);
                return;
            } catch (TimelineException e) {
                LOG.warn("walking from #{} to #{} failed ({}); restoring from a snapshot", from, to, e.getMessage());
            }
        }
        restoreAt(to);
    }

    private void walk(long from, long common, long to) {
        List<Long> up = tree.pathFrom(common, from);
        for (int i = up.size() - 1; i >= 0; i--) run(load.apply(up.get(i)), true);
        for (long id : tree.pathFrom(common, to)) run(load.apply(id), false);
    }

    /** Puts the world in the state recorded at {@code to}: nearest snapshot, then the operations after it. */
    void restoreAt(long to) {
        long snapshot = tree.nearestSnapshot(to);
        try {
            WorldState.Parsed s = parsed.get(snapshot);
            if (s == null) {
                TimelineStore.Snapshot raw = store.tx(() -> store.snapshot(snapshot)
                        .orElseThrow(
                                () -> new TimelineException(store.file() + ": snapshot #" + snapshot + " is missing")));
                s = state.parse(raw);
                parsed.put(snapshot, s);
            }
            state.restore(s, tracked);
        } catch (CoreException e) {
            throw new TimelineException("cannot restore snapshot #" + snapshot + ": " + e.getMessage(), e);
        }
        for (long id : tree.pathFrom(snapshot, to)) run(load.apply(id), false);
    }

    private void run(Operation op, boolean undo) {
        try {
            executor.applyAll(undo ? op.inverses() : op.commands());
        } catch (CommandException e) {
            throw new TimelineException(
                    "cannot " + (undo ? "undo" : "redo") + " #" + op.id() + " (" + op.prompt() + "): " + e.getMessage(),
                    e);
        }
    }
}
