package dev.luminara.core;

/**
 * A mutable resource that knows how to copy itself, so that world snapshots capture it. Immutable records need not
 * implement this (they are shared); other resources are services outside the world's state and are shared as they are.
 */
public interface Snapshottable<T> {
    T copy();
}
