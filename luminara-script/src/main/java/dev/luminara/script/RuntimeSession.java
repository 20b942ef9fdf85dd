package dev.luminara.script;

/** One host's use of a runtime: compiles (loads) scripts; closing it unloads them all. */
public interface RuntimeSession extends AutoCloseable {
    /**
     * Loads a script: parses, compiles and runs its top level under the environment's limits. A script that does
     * not load throws {@link ScriptCompileException} (with file and line); nothing already running is affected.
     */
    CompiledScript compile(ScriptAsset asset, ExecutionTier tier);

    @Override
    void close();
}
