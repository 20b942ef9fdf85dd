package dev.luminara.core;

/** A parent/child change that would make a cycle or attach an entity to itself. */
public final class HierarchyException extends CoreException {
    public HierarchyException(String message) {
        super(message);
    }
}
