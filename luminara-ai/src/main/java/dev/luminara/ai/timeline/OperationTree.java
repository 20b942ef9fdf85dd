package dev.luminara.ai.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape of the timeline in memory (parent and depth of every operation) for paths between two points. */
final class OperationTree {
    private final Map<Long, TimelineStore.Node> nodes = new HashMap<>();
    private final Set<Long> snapshots = new HashSet<>();

    OperationTree() {
        nodes.put(Operation.ROOT, new TimelineStore.Node(Operation.ROOT, Operation.ROOT, 0));
    }

    void add(TimelineStore.Node node) {
        nodes.put(node.id(), node);
    }

    void addSnapshot(long op) {
        snapshots.add(op);
    }

    boolean contains(long id) {
        return nodes.containsKey(id);
    }

    int depth(long id) {
        return node(id).depth();
    }

    long parent(long id) {
        return node(id).parent();
    }

    int size() {
        return nodes.size() - 1;
    }

    private TimelineStore.Node node(long id) {
        TimelineStore.Node n = nodes.get(id);
        if (n == null) throw new TimelineException("no operation #" + id + " in this timeline");
        return n;
    }

    /** Whether {@code ancestor} is {@code id} or lies on the path from the root to it. */
    boolean isAncestor(long ancestor, long id) {
        for (long at = id; ; at = parent(at)) {
            if (at == ancestor) return true;
            if (at == Operation.ROOT) return false;
        }
    }

    long commonAncestor(long a, long b) {
        while (depth(a) > depth(b)) a = parent(a);
        while (depth(b) > depth(a)) b = parent(b);
        while (a != b) {
            a = parent(a);
            b = parent(b);
        }
        return a;
    }

    /** The operations after {@code ancestor} up to and including {@code id}, oldest first. */
    List<Long> pathFrom(long ancestor, long id) {
        List<Long> out = new ArrayList<>();
        for (long at = id; at != ancestor; at = parent(at)) {
            if (at == Operation.ROOT) throw new TimelineException("#" + ancestor + " is not an ancestor of #" + id);
            out.add(at);
        }
        Collections.reverse(out);
        return out;
    }

    /** The nearest operation at or above {@code id} that has a snapshot (the root always has one). */
    long nearestSnapshot(long id) {
        for (long at = id; ; at = parent(at)) {
            if (snapshots.contains(at) || at == Operation.ROOT) return at;
        }
    }
}
