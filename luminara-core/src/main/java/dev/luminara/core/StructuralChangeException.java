package dev.luminara.core;

/**
 * A structural change (spawn, despawn, add or remove a component) attempted while a query is iterating. Use the
 * world's {@link Commands} to defer it to the next sync point.
 */
public final class StructuralChangeException extends CoreException {
    public StructuralChangeException(String operation) {
        super(operation + " while a query is iterating; queue it with world.commands() instead");
    }
}
