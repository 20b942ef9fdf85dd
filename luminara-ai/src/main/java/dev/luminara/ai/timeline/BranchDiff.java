package dev.luminara.ai.timeline;

import java.util.List;

/**
 * How two branches differ: the operation they share last, the operations only on each side (oldest first), and the
 * things both sides changed (where merging them would conflict).
 */
public record BranchDiff(
        String from,
        String to,
        long commonAncestor,
        List<Operation> onlyFrom,
        List<Operation> onlyTo,
        List<String> bothChanged) {
    public BranchDiff {
        onlyFrom = List.copyOf(onlyFrom);
        onlyTo = List.copyOf(onlyTo);
        bothChanged = List.copyOf(bothChanged);
    }
}
