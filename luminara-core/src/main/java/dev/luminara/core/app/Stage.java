package dev.luminara.core.app;

/** The fixed order in which systems run each frame. Commands queued by a stage are applied before the next one. */
public enum Stage {
    INPUT,
    SCRIPTS,
    PHYSICS,
    TRANSFORM,
    LATE_UPDATE
}
