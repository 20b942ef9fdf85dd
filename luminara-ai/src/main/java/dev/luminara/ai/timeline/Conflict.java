package dev.luminara.ai.timeline;

/**
 * Why an operation cannot be undone on its own: a later operation ({@code operation}, 0 when the obstacle is the
 * world itself) touched the same entity, component, field or script. {@code what} names it, e.g.
 * {@code "8v0 MeshShape.color"}.
 */
public record Conflict(long operation, String prompt, String what) {}
