package dev.luminara.verify;

/** The stages of the pipeline, in order. */
public enum Stage {
    /** Parsing and checking the source against the registered API, without running it. */
    STATIC,
    /** Running it on a fork of the world under the sandbox limits. */
    SANDBOX,
    /** Diffing the fork against the live world. */
    PREVIEW,
    /** Applying it through the timeline and watching the live game. */
    APPLY
}
