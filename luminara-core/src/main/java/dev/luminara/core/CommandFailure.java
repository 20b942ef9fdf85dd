package dev.luminara.core;

/** A queued command that could not be applied (its entity was already gone, say); the others still were. */
public record CommandFailure(WorldCommand command, String message) {}
