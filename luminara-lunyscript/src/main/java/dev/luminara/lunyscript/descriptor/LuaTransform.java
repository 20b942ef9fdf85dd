package dev.luminara.lunyscript.descriptor;

import org.luaj.vm2.LuaFunction;

/** An inline {@code function(x) return x * 45 end}; it runs in the descriptor's sandboxed Lua state. */
public record LuaTransform(LuaFunction function, Origin origin) implements TransformDef {
    @Override
    public String describe() {
        return "lua function at " + origin;
    }
}
