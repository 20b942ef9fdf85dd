package dev.luminara.lunyscript.registry;

public enum Severity {
    /** The binding cannot work: the registry refuses to load. */
    ERROR,
    /** Probably a mistake, e.g. a binding for a semantic the descriptor does not define. */
    WARNING,
    /** Worth knowing, e.g. a semantic this engine does not implement. */
    INFO
}
