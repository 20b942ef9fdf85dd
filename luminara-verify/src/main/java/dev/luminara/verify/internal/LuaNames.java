package dev.luminara.verify.internal;

import dev.luminara.script.lua.LuaSandboxGlobals;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The globals the sandboxed Lua environment has, and those it deliberately lacks (luminara-script-lua's sandbox). */
final class LuaNames {
    private LuaNames() {}

    private static Set<String> union(List<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    static final Set<String> BASE = union(
            LuaSandboxGlobals.BASE_FUNCTIONS,
            "_G",
            "_ENV",
            "unpack",
            "collectgarbage",
            "print",
            "load",
            "require",
            "vec3",
            "string",
            "table",
            "math",
            "bit32",
            "coroutine",
            "os",
            "self");

    /** Library tables and the functions they hold in the sandbox. */
    static final Map<String, Set<String>> LIBRARIES = Map.of(
            "string",
            Set.of(
                    "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match", "rep", "reverse",
                    "sub", "upper"),
            "table",
            Set.of("concat", "insert", "pack", "remove", "sort", "unpack"),
            "math",
            Set.of(
                    "abs",
                    "acos",
                    "asin",
                    "atan",
                    "atan2",
                    "ceil",
                    "cos",
                    "cosh",
                    "deg",
                    "exp",
                    "floor",
                    "fmod",
                    "frexp",
                    "huge",
                    "ldexp",
                    "log",
                    "max",
                    "min",
                    "modf",
                    "pi",
                    "pow",
                    "rad",
                    "random",
                    "randomseed",
                    "sin",
                    "sinh",
                    "sqrt",
                    "tan",
                    "tanh"),
            "os",
            Set.of("clock", "date", "difftime", "time"),
            "coroutine",
            Set.of("create", "resume", "running", "status", "wrap", "yield"),
            "bit32",
            Set.of(
                    "arshift", "band", "bnot", "bor", "btest", "bxor", "extract", "lrotate", "lshift", "replace",
                    "rrotate", "rshift"));

    /** Globals a sandboxed script does not get, with why. */
    static final Map<String, String> FORBIDDEN = Map.ofEntries(
            Map.entry("io", "scripts have no file access"),
            Map.entry("package", "modules are loaded with require(\"a.b\") from the script root only"),
            Map.entry("debug", "the debug library would escape the sandbox"),
            Map.entry("luajava", "scripts cannot reach Java classes"),
            Map.entry("dofile", "scripts have no file access; use require(\"a.b\")"),
            Map.entry("loadfile", "scripts have no file access; use require(\"a.b\")"),
            Map.entry("loadstring", "Lua 5.2 has load(text) instead"),
            Map.entry("getfenv", "environments are fixed per script (Lua 5.2 has no getfenv)"),
            Map.entry("setfenv", "environments are fixed per script (Lua 5.2 has no setfenv)"),
            Map.entry("module", "return a table from the module instead"),
            Map.entry("newproxy", "not available"));

    /** Library functions a sandboxed script does not get, with why. */
    static final Map<String, String> FORBIDDEN_FIELDS = Map.of(
            "string.dump", "bytecode cannot be dumped or loaded",
            "os.execute", "scripts cannot run processes",
            "os.exit", "scripts cannot stop the engine",
            "os.remove", "scripts have no file access",
            "os.rename", "scripts have no file access",
            "os.getenv", "scripts cannot read the environment",
            "os.tmpname", "scripts have no file access",
            "os.setlocale", "scripts cannot change the locale");

    static final Set<String> HOOKS = Set.of(
            "on_start", "on_update", "on_destroy", "on_collision", "on_trigger", "on_message", "on_save", "on_restore");

    /** Metadata fields of a class table. */
    static final Set<String> METADATA = Set.of("description", "version", "author", "requires", "reload");
}
