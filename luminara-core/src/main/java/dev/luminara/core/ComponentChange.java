package dev.luminara.core;

/** One component of one entity that was added, changed or removed after some tick. */
public record ComponentChange(Entity entity, String component, ChangeKind kind, long tick) {}
