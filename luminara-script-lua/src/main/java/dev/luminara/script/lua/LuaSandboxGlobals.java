package dev.luminara.script.lua;

import java.util.List;

/**
 * The base functions a sandboxed Lua script keeps from Lua's standard library: the one list the sandbox builds its
 * environment from and the verifier checks scripts against, so the two cannot drift apart.
 */
public final class LuaSandboxGlobals {
    public static final List<String> BASE_FUNCTIONS = List.of(
            "_VERSION",
            "assert",
            "error",
            "getmetatable",
            "ipairs",
            "next",
            "pairs",
            "pcall",
            "rawequal",
            "rawget",
            "rawlen",
            "rawset",
            "select",
            "setmetatable",
            "tonumber",
            "tostring",
            "type",
            "xpcall");

    private LuaSandboxGlobals() {}
}
