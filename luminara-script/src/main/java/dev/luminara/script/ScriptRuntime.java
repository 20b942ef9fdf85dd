package dev.luminara.script;

/**
 * A script language implementation (LuaJ, Chicory; a Lua 5.4 over JNI could be a third). Found with
 * {@link java.util.ServiceLoader} or given to {@link ScriptingPlugin.Builder#runtime}. A runtime opens one
 * {@link RuntimeSession} per host, which holds the VM state shared by that host's scripts.
 */
public interface ScriptRuntime {
    ScriptLanguage language();

    RuntimeSession open(ScriptEnvironment environment);
}
