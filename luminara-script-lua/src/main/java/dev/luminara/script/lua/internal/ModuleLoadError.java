package dev.luminara.script.lua.internal;

import dev.luminara.script.ScriptLocation;
import org.luaj.vm2.LuaError;

/**
 * A {@code require}d module that does not compile or whose top level fails: raised at the {@code require} call, but it
 * names the module's own file and line (LuaJ would otherwise report the line of the {@code require}).
 */
final class ModuleLoadError extends LuaError {
    private final ScriptLocation module;
    private final String detail;

    ModuleLoadError(ScriptLocation module, String detail) {
        super(module + ": " + detail, 0);
        this.module = module;
        this.detail = detail;
    }

    ScriptLocation module() {
        return module;
    }

    String detail() {
        return detail;
    }
}
