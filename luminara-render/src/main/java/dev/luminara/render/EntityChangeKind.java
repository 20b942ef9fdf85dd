package dev.luminara.render;

public enum EntityChangeKind {
    SPAWNED,
    DESPAWNED,
    MODIFIED
}
