package dev.luminara.core.component;

public enum LightKind {
    DIRECTIONAL,
    POINT,
    SPOT
}
