package dev.luminara.script.lua.internal;

import dev.luminara.core.Entity;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptLimitException;
import org.luaj.vm2.LuaValue;

/**
 * A {@code f(entity, vec3)} function ({@code transform.set_position}) called through its typed entry point when it gets
 * an entity and a vec3 table with three numbers (what {@code vec3()} and the engine build); anything else takes the
 * generic path, which converts other vector forms and reports bad arguments exactly.
 */
final class LuaWriteVec3 extends LuaApiFunction {
    LuaWriteVec3(ApiBinding binding, ScriptEnvironment env, SandboxHook hook) {
        super(binding, env, hook);
    }

    @Override
    public LuaValue call(LuaValue a, LuaValue b) {
        if (a.touserdata() instanceof Entity e && b instanceof LuaVec3 v) {
            LuaValue x = v.number(0);
            LuaValue y = v.number(1);
            LuaValue z = v.number(2);
            if (x != null && y != null && z != null) {
                try {
                    env.invokeWriteVec3(binding, e, (float) x.todouble(), (float) y.todouble(), (float) z.todouble());
                } catch (ScriptLimitException ex) {
                    throw hook.abort(ex);
                } catch (ScriptException ex) {
                    throw refused(ex);
                }
                return NIL;
            }
        }
        return super.call(a, b);
    }
}
