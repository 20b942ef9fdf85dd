package dev.luminara.lunyscript.transform;

import dev.luminara.lunyscript.EngineAdapter;

/**
 * What a transform is created for: the Java type of the target argument it feeds (null when it feeds several, or
 * unknown) and the engine adapter (for asset and object lookups).
 */
public record TransformTarget(Class<?> type, EngineAdapter adapter) {}
