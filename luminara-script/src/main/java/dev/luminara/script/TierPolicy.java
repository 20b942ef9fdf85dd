package dev.luminara.script;

/** Chooses the execution tier of each script: by trust, never by what the scene or the script asks for. */
@FunctionalInterface
public interface TierPolicy {
    /** Everything interpreted with every limit counted: what the verifier and untrusted code get. */
    TierPolicy ALL_SANDBOXED = id -> ExecutionTier.SANDBOXED;

    /**
     * The default: Lua interpreted and sandboxed; WASM compiled (still confined: memory cap, time limit by interrupt,
     * import allowlist; only the instruction count is not kept).
     */
    TierPolicy DEFAULT = id -> id.language() == ScriptLanguage.WASM ? ExecutionTier.COMPILED : ExecutionTier.SANDBOXED;

    ExecutionTier tierFor(ScriptId script);
}
