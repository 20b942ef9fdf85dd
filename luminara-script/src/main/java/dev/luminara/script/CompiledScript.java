package dev.luminara.script;

import java.util.List;

/** One loaded version of a script, from which per-entity instances are made. */
public interface CompiledScript {
    /** Metadata the script declared, with the hooks it defines and its reload strategy. */
    ScriptMetadata metadata();

    /** Other scripts this version loaded ({@code require}); a change to one of them reloads this script too. */
    List<ScriptId> dependencies();

    /** A new instance for one entity; no hook has run yet. */
    ScriptInstance instantiate(ScriptContext context);
}
