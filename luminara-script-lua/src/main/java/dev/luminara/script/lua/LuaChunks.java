package dev.luminara.script.lua;

import dev.luminara.script.ScriptId;
import dev.luminara.script.lua.internal.PrototypeCache;
import org.luaj.vm2.Prototype;

/**
 * Compiles Lua source the way the sandboxed tier loads a script file, through the same bounded cache: a tool that
 * checks a script before running it (the code verifier) pays for one compile, not two.
 */
public final class LuaChunks {
    private LuaChunks() {}

    /**
     * The compiled chunk of {@code source} for the script file {@code id}.
     *
     * @throws org.luaj.vm2.LuaError on a syntax error, with LuaC's "path:line: message"
     */
    public static Prototype compile(ScriptId id, byte[] source) {
        return PrototypeCache.compile("@" + id.path(), source);
    }
}
