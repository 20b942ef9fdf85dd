package dev.luminara.ai.timeline;

import dev.luminara.ai.command.AppliedCommand;
import dev.luminara.ai.command.CommandException;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The durable history of AI changes to a world: operations with their inverses in a tree (git-like: branches point at
 * operations, undo moves the current branch back, redo forward), stored in SQLite so that every operation acknowledged
 * by {@link #record} or {@link #apply} survives a crash. Opening an existing timeline puts the world in the state at
 * the current branch's head. Not thread-safe beyond its own methods: callers serialise world access (App.call).
 */
public final class OperationTimeline implements AutoCloseable {
    private static final Pattern BRANCH_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final int CACHE = 512;
    static final String MAIN = "main";

    private final TimelineStore store;
    private final ProcessLock lock;
    private final CommandExecutor executor;
    private final TimelineOptions options;
    private final Clock clock;
    private final OperationTree tree = new OperationTree();
    private final Map<String, String> tracked = new LinkedHashMap<>();
    private final WorldState state;
    private final Navigator navigator;
    private final List<TimelineListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Operation> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Operation> eldest) {
            return size() > CACHE;
        }
    };
    private String branch;
    private long head;
    private boolean created;

    private OperationTimeline(
            TimelineStore store, ProcessLock lock, CommandExecutor executor, TimelineOptions options, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.executor = executor;
        this.options = options;
        this.clock = clock;
        this.state = new WorldState(executor, options.sceneName());
        this.navigator = new Navigator(executor, store, tree, state, this::load, tracked);
    }

    /**
     * Opens (or creates) the timeline in {@code file}. A new timeline takes the world as it is as its initial state;
     * an existing one replaces the world's entities (and tracked scripts) with the state at its head.
     */
    public static OperationTimeline open(Path file, CommandExecutor executor, TimelineOptions options) {
        return open(file, executor, options, Clock.systemUTC());
    }

    static OperationTimeline open(Path file, CommandExecutor executor, TimelineOptions options, Clock clock) {
        return open(file, executor, options, clock, true);
    }

    /** {@code durable == false} skips fsync: for property tests that open hundreds of timelines, never for users. */
    static OperationTimeline open(
            Path file, CommandExecutor executor, TimelineOptions options, Clock clock, boolean durable) {
        ProcessLock lock = ProcessLock.acquire(file);
        try {
            OperationTimeline t =
                    new OperationTimeline(new TimelineStore(file, durable), lock, executor, options, clock);
            t.load();
            return t;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void load() {
        created = store.tx(() -> {
            if (store.meta("schema").isPresent()) {
                String v = store.meta("schema").get();
                if (!v.equals(TimelineStore.SCHEMA_VERSION)) {
                    throw new TimelineException(store.file() + ": timeline format " + v + " is not supported (expected "
                            + TimelineStore.SCHEMA_VERSION + ")");
                }
                return false;
            }
            store.setMeta("schema", TimelineStore.SCHEMA_VERSION);
            store.setMeta("branch", MAIN);
            store.setBranch(MAIN, Operation.ROOT);
            store.putSnapshot(Operation.ROOT, state.captureScene(), Map.of());
            return true;
        });
        store.tx(() -> {
            store.nodes().forEach(tree::add);
            store.snapshotIds().forEach(tree::addSnapshot);
            tracked.putAll(store.trackedScripts());
            branch = store.meta("branch").orElse(MAIN);
            head = store.branches().getOrDefault(branch, Operation.ROOT);
            return null;
        });
        if (!created) navigator.restoreAt(head);
    }

    /** Whether {@link #open} created this timeline (its initial state is the world as it was then). */
    public boolean isNew() {
        return created;
    }

    public Path file() {
        return store.file();
    }

    public void addListener(TimelineListener listener) {
        listeners.add(listener);
    }

    // ---- recording ----

    /**
     * Records an operation whose commands the caller has already applied, on top of the current head. When this
     * returns, the operation is on disk.
     */
    public synchronized Operation record(OperationDraft draft) {
        long parent = head;
        int depth = tree.depth(parent) + 1;
        String summary = draft.changeSummary() != null
                ? draft.changeSummary()
                : ChangeSummary.of(draft.commands(), draft.inverses(), executor.world());
        Map<String, String> newlyTracked = WorldState.newlyTracked(draft, tracked);
        boolean snapshot = depth % options.snapshotEvery() == 0;
        String scene = snapshot ? state.captureScene() : null;
        java.time.Instant now = clock.instant();
        long id = store.tx(() -> {
            long opId = store.insertOperation(parent, depth, now, draft, summary);
            for (Map.Entry<String, String> t : newlyTracked.entrySet()) store.trackScript(t.getKey(), t.getValue());
            store.setBranch(branch, opId);
            store.clearRedo(branch);
            if (snapshot) {
                List<String> paths = new ArrayList<>(tracked.keySet());
                paths.addAll(newlyTracked.keySet());
                store.putSnapshot(opId, scene, state.captureScripts(paths));
            }
            return opId;
        });
        tree.add(new TimelineStore.Node(id, parent, depth));
        if (snapshot) tree.addSnapshot(id);
        newlyTracked.forEach(tracked::putIfAbsent);
        head = id;
        Operation op = new Operation(
                id,
                parent,
                depth,
                now,
                draft.prompt(),
                draft.response(),
                draft.commands(),
                draft.inverses(),
                summary,
                draft.tags());
        cache.put(id, op);
        notifyListeners();
        return op;
    }

    /** Applies commands (all or nothing) and records them; if recording fails, the world is rolled back. */
    public synchronized Operation apply(
            String prompt, String response, List<EngineCommand> commands, List<String> tags) {
        List<AppliedCommand> applied = executor.applyAll(commands);
        try {
            return record(new OperationDraft(
                    prompt,
                    response,
                    CommandExecutor.commands(applied),
                    CommandExecutor.inverses(applied),
                    null,
                    tags));
        } catch (RuntimeException e) {
            executor.applyAll(CommandExecutor.inverses(applied));
            throw e;
        }
    }

    // ---- undo and redo ----

    /** Undoes the head operation of the current branch; it can be redone until something new is recorded. */
    public synchronized Operation undo() {
        if (head == Operation.ROOT) throw new TimelineException("nothing to undo on branch " + branch);
        Operation op = load(head);
        applyOrExplain(op.inverses(), "undo", op);
        try {
            store.tx(() -> {
                store.setBranch(branch, op.parent());
                store.pushRedo(branch, op.id());
                return null;
            });
        } catch (RuntimeException e) {
            executor.applyAll(op.commands());
            throw e;
        }
        head = op.parent();
        notifyListeners();
        return op;
    }

    /** Re-applies the operation undone last on the current branch. */
    public synchronized Operation redo() {
        Optional<Long> next = store.tx(() -> store.peekRedo(branch));
        if (next.isEmpty()) throw new TimelineException("nothing to redo on branch " + branch);
        Operation op = load(next.get());
        if (op.parent() != head) {
            store.tx(() -> {
                store.clearRedo(branch);
                return null;
            });
            throw new TimelineException(
                    "nothing to redo on branch " + branch + " (#" + op.id() + " no longer follows #" + head + ")");
        }
        applyOrExplain(op.commands(), "redo", op);
        try {
            store.tx(() -> {
                store.setBranch(branch, op.id());
                store.popRedo(branch);
                return null;
            });
        } catch (RuntimeException e) {
            executor.applyAll(op.inverses());
            throw e;
        }
        head = op.id();
        notifyListeners();
        return op;
    }

    private void applyOrExplain(List<EngineCommand> commands, String what, Operation op) {
        try {
            executor.applyAll(commands);
        } catch (CommandException e) {
            throw new TimelineException(
                    "cannot " + what + " #" + op.id() + " (" + op.prompt() + "): the world no longer matches it: "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Reverts one operation of the current branch, keeping everything recorded after it: unless a later operation
     * touched the same entity, component, field or script, its inverse is applied as a new operation on top.
     * Otherwise nothing changes and the conflicts are returned.
     */
    public synchronized SelectiveUndoResult selectiveUndo(long id) {
        if (id == Operation.ROOT || !tree.contains(id)) throw new TimelineException("no operation #" + id + " to undo");
        if (!tree.isAncestor(id, head)) {
            throw new TimelineException("#" + id + " is not on branch " + branch + " (head #" + head + ")");
        }
        Operation target = load(id);
        Footprint.refuseIfUndone(target, tree.pathFrom(id, head), this::load);
        List<Conflict> conflicts = Footprint.conflicts(target, tree.pathFrom(id, head), this::load);
        if (!conflicts.isEmpty()) return SelectiveUndoResult.conflicts(conflicts);
        List<AppliedCommand> applied;
        try {
            applied = executor.applyAll(target.inverses());
        } catch (CommandException e) {
            return SelectiveUndoResult.conflicts(
                    List.of(new Conflict(0, "", "the world no longer matches #" + id + ": " + e.getMessage())));
        }
        List<String> tags = List.of("undo", "undo-of:" + id);
        try {
            return SelectiveUndoResult.applied(record(new OperationDraft(
                    "undo #" + id + ": " + target.prompt(),
                    "",
                    CommandExecutor.commands(applied),
                    CommandExecutor.inverses(applied),
                    null,
                    tags)));
        } catch (RuntimeException e) {
            executor.applyAll(CommandExecutor.inverses(applied));
            throw e;
        }
    }

    // ---- branches ----

    /** A new branch pointing at {@code from} (an operation id, or {@link Operation#ROOT}). */
    public synchronized Branch createBranch(String name, long from) {
        if (name == null || !BRANCH_NAME.matcher(name).matches()) {
            throw new TimelineException("invalid branch name '" + name + "': use letters, digits, . _ / - (max 64)");
        }
        if (!tree.contains(from)) throw new TimelineException("no operation #" + from + " to branch from");
        store.tx(() -> {
            if (store.branches().containsKey(name)) throw new TimelineException("branch " + name + " already exists");
            store.setBranch(name, from);
            return null;
        });
        return new Branch(name, from, false);
    }

    public Branch createBranch(String name) {
        return createBranch(name, head);
    }

    /** Switches to a branch: the world and tracked scripts take the state recorded at its head. */
    public synchronized void checkout(String name) {
        Map<String, Long> all = store.tx(store::branches);
        Long target = all.get(name);
        if (target == null) {
            throw new TimelineException("no branch " + name + "; branches: " + String.join(", ", all.keySet()));
        }
        navigator.move(head, target);
        store.tx(() -> {
            store.setMeta("branch", name);
            return null;
        });
        branch = name;
        head = target;
        notifyListeners();
    }

    public synchronized List<Branch> branches() {
        List<Branch> out = new ArrayList<>();
        store.tx(store::branches).forEach((n, h) -> out.add(new Branch(n, h, n.equals(branch))));
        return out;
    }

    public synchronized String currentBranch() {
        return branch;
    }

    /** The operations only on each branch since they parted, and what both changed. */
    public synchronized BranchDiff diff(String from, String to) {
        Map<String, Long> all = store.tx(store::branches);
        for (String b : List.of(from, to)) {
            if (!all.containsKey(b)) throw new TimelineException("no branch " + b + "; branches: " + all.keySet());
        }
        return Footprint.diff(from, to, all.get(from), all.get(to), tree, this::load);
    }

    // ---- reading ----

    /** The head operation of the current branch, or empty at the initial state. */
    public synchronized Optional<Operation> head() {
        return head == Operation.ROOT ? Optional.empty() : Optional.of(load(head));
    }

    public synchronized long headId() {
        return head;
    }

    public synchronized Optional<Operation> operation(long id) {
        return id != Operation.ROOT && tree.contains(id) ? Optional.of(load(id)) : Optional.empty();
    }

    /** Up to {@code n} operations from the head back towards the initial state, newest first. */
    public synchronized List<Operation> log(int n) {
        List<Operation> out = new ArrayList<>();
        for (long at = head; at != Operation.ROOT && out.size() < n; at = tree.parent(at)) out.add(load(at));
        return out;
    }

    /** Number of operations recorded, on every branch. */
    public synchronized int size() {
        return tree.size();
    }

    /** A few lines for an agent: what the last {@code n} operations on this branch did, and what can be redone. */
    public synchronized String summarizeRecent(int n) {
        return TimelineText.summary(
                this, log(n), store.tx(() -> store.peekRedo(branch)).map(this::load));
    }

    synchronized Operation load(long id) {
        Operation cached = cache.get(id);
        if (cached != null) return cached;
        Operation op = store.tx(() -> store.operation(id))
                .orElseThrow(() -> new TimelineException("no operation #" + id + " in " + store.file()));
        cache.put(id, op);
        return op;
    }

    private void notifyListeners() {
        Operation now = head == Operation.ROOT ? null : load(head);
        for (TimelineListener l : listeners) l.headChanged(now);
    }

    @Override
    public synchronized void close() {
        try {
            store.close();
        } finally {
            lock.close();
        }
    }
}
