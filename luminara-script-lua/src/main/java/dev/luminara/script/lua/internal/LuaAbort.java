package dev.luminara.script.lua.internal;

import dev.luminara.script.ScriptLimitException;

/**
 * Carries a sandbox limit out of Lua. It is an {@link Error}, not an exception, because LuaJ's {@code pcall} and
 * {@code xpcall} catch {@link org.luaj.vm2.LuaError} and {@link Exception} but let errors through; a coroutine that
 * swallows it meets the same limit again at its caller's next instruction (the sandbox remembers it).
 */
public final class LuaAbort extends Error {
    private final transient ScriptLimitException limit;

    public LuaAbort(ScriptLimitException limit) {
        super(limit.getMessage(), null, false, false);
        this.limit = limit;
    }

    public ScriptLimitException limit() {
        return limit;
    }
}
