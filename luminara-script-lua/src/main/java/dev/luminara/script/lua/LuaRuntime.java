package dev.luminara.script.lua;

import dev.luminara.script.RuntimeSession;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptLanguage;
import dev.luminara.script.ScriptRuntime;
import dev.luminara.script.lua.internal.LuaSession;

/**
 * Lua on LuaJ 3.0.1 (Lua 5.2). {@code SANDBOXED}: LuaJ's interpreter with the sandbox's instruction hook, safe
 * libraries and every limit; {@code COMPILED}: LuaJC (Lua to JVM bytecode through BCEL), faster but blind to the
 * instruction hook and to interrupts, so for trusted scripts only. Found by {@link java.util.ServiceLoader}.
 */
public final class LuaRuntime implements ScriptRuntime {
    @Override
    public ScriptLanguage language() {
        return ScriptLanguage.LUA;
    }

    @Override
    public RuntimeSession open(ScriptEnvironment environment) {
        return new LuaSession(environment);
    }
}
