package dev.luminara.core.component;

public enum MeshKind {
    BOX,
    SPHERE,
    CAPSULE,
    PLANE
}
