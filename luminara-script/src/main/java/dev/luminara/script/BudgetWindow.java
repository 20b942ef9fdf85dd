package dev.luminara.script;

/** Over what span {@link SandboxConfig#maxApiCalls()} and {@link SandboxConfig#maxEntitiesSpawned()} are counted. */
public enum BudgetWindow {
    /** Counters start again every frame: what a running game wants. */
    FRAME,
    /** Counters run for the host's whole life: what the verifier wants when it runs N frames on a fork. */
    RUN
}
