package dev.luminara.ai.timeline;

/** Told after the world moved to another point of the timeline (record, undo, redo, selective undo, checkout). */
@FunctionalInterface
public interface TimelineListener {
    /** @param head the operation now at the head, or null for the initial state */
    void headChanged(Operation head);
}
