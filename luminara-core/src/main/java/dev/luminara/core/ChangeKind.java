package dev.luminara.core;

public enum ChangeKind {
    ADDED,
    CHANGED,
    REMOVED
}
