package dev.luminara.ai.change;

/** A point in a world's history: the tick of a checkpoint. Changes "since" it are those stamped after it. */
public record WorldVersion(long tick) {}
