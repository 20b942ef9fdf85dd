package dev.luminara.ai.timeline;

import java.util.List;

/**
 * The outcome of undoing one older operation: either it was reverted (by a new operation on top, {@code operation})
 * or it conflicts with later ones and nothing was changed ({@code conflicts} says where).
 */
public record SelectiveUndoResult(boolean applied, Operation operation, List<Conflict> conflicts) {
    public SelectiveUndoResult {
        conflicts = List.copyOf(conflicts);
    }

    static SelectiveUndoResult applied(Operation revert) {
        return new SelectiveUndoResult(true, revert, List.of());
    }

    static SelectiveUndoResult conflicts(List<Conflict> conflicts) {
        return new SelectiveUndoResult(false, null, conflicts);
    }
}
