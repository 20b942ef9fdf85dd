package dev.luminara.runtime;

/** How LunyScript verbs reach the engine from scripts: through the generated services or the reflective registry. */
public enum VerbPath {
    GENERATED,
    REFLECTIVE
}
