package dev.luminara.ai.timeline;

/** A named line of work: the operation it points at ({@link Operation#ROOT} for the initial state). */
public record Branch(String name, long head, boolean current) {}
