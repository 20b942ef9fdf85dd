package dev.luminara.core.component;

/** How physics treats a body: moved by forces, moved by code only, or never moved. */
public enum BodyKind {
    DYNAMIC,
    KINEMATIC,
    STATIC
}
