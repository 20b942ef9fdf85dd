package dev.luminara.core.component;

public enum Projection {
    PERSPECTIVE,
    ORTHOGRAPHIC
}
