package dev.luminara.core.component;

/** Collision shapes. Boxes are axis-aligned in world space (rotation is ignored by physics-lite). */
public enum ColliderShape {
    BOX,
    SPHERE
}
