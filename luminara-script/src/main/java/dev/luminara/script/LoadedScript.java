package dev.luminara.script;

/** One script id's current version in a host: compiled, or the error that kept it from loading. */
record LoadedScript(ScriptId id, CompiledScript compiled, ScriptError error) {
    boolean ok() {
        return compiled != null;
    }
}
