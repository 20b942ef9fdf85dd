package dev.luminara.lunyscript.transform;

/**
 * The transformations LunyScript ships. Closed so that the code generator can bake each one into Java (it walks
 * {@code getPermittedSubclasses()} in a test, so a new built-in cannot go without a generator rule).
 */
public sealed interface BuiltinTransformation extends Transformation
        permits Scale, Clamp, Normalize, ToVector, LookupAsset, LookupObject {}
