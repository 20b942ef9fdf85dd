package dev.luminara.script.lua.internal;

import dev.luminara.core.Entity;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptLimitException;
import org.luaj.vm2.LuaValue;

/**
 * A {@code f(entity?) -> vec3} function ({@code transform.get_position}) called through its typed entry point: an
 * entity or nothing goes straight to the engine and the result comes back as a vec3 table, with no script values in
 * between. Any other argument takes the generic path, which reports it exactly.
 */
final class LuaReadVec3 extends LuaApiFunction {
    private final float[] out = new float[3];

    LuaReadVec3(ApiBinding binding, ScriptEnvironment env, SandboxHook hook) {
        super(binding, env, hook);
    }

    @Override
    public LuaValue call() {
        return read(null);
    }

    @Override
    public LuaValue call(LuaValue a) {
        if (a.isnil()) return read(null);
        if (a.touserdata() instanceof Entity e) return read(e);
        return super.call(a);
    }

    private LuaValue read(Entity e) {
        try {
            env.invokeReadVec3(binding, e, out);
        } catch (ScriptLimitException ex) {
            throw hook.abort(ex);
        } catch (ScriptException ex) {
            throw refused(ex);
        }
        return LuaValues.vec3(out[0], out[1], out[2]);
    }
}
