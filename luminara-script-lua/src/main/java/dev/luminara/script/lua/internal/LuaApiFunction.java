package dev.luminara.script.lua.internal;

import dev.luminara.script.ApiBinding;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptLimitException;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.TypedImplementation;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * One engine function as Lua sees it ({@code transform.get_position}). Converts arguments by the declared parameter
 * types, calls through {@link ScriptEnvironment#invoke} (counted, checked), and turns a refused call into a Lua error
 * the script may catch, or a limit into an abort it cannot.
 */
class LuaApiFunction extends VarArgFunction {
    final ApiBinding binding;
    private final ValueType[] types;
    final ScriptEnvironment env;
    final SandboxHook hook;

    LuaApiFunction(ApiBinding binding, ScriptEnvironment env, SandboxHook hook) {
        this.binding = binding;
        this.env = env;
        this.hook = hook;
        List<ApiParam> ps = binding.function().params();
        types = new ValueType[ps.size()];
        for (int i = 0; i < types.length; i++) types[i] = ps.get(i).type();
        name = binding.qualifiedName();
    }

    private ValueType paramType(int i) {
        return i < types.length ? types[i] : ValueType.ANY;
    }

    @Override
    public Varargs invoke(Varargs args) {
        int n = args.narg();
        List<ScriptValue> values = new ArrayList<>(Math.max(n, types.length));
        try {
            for (int i = 0; i < n; i++) values.add(LuaValues.toScript(args.arg(i + 1), paramType(i)));
        } catch (ScriptException e) {
            throw refused(e);
        }
        return run(values);
    }

    // No, one and two arguments, the common calls, without a Varargs or an ArrayList per call.

    @Override
    public LuaValue call() {
        return run(List.of());
    }

    @Override
    public LuaValue call(LuaValue a) {
        ScriptValue v;
        try {
            v = LuaValues.toScript(a, paramType(0));
        } catch (ScriptException e) {
            throw refused(e);
        }
        return run(List.of(v));
    }

    @Override
    public LuaValue call(LuaValue a, LuaValue b) {
        ScriptValue v;
        ScriptValue w;
        try {
            v = LuaValues.toScript(a, paramType(0));
            w = LuaValues.toScript(b, paramType(1));
        } catch (ScriptException e) {
            throw refused(e);
        }
        return run(List.of(v, w));
    }

    private LuaValue run(List<ScriptValue> values) {
        try {
            return LuaValues.toLua(env.invoke(binding, values));
        } catch (ScriptLimitException e) {
            throw hook.abort(e);
        } catch (ScriptException e) {
            throw refused(e);
        }
    }

    LuaError refused(ScriptException e) {
        String m = e.getMessage();
        return new LuaError(m.startsWith(binding.qualifiedName()) ? m : binding.qualifiedName() + ": " + m);
    }

    @Override
    public String tojstring() {
        return "function: " + binding.qualifiedName();
    }

    /** The function for {@code b}: through its typed entry point when it has one (the common calls stay generic). */
    static LuaValue of(ApiBinding b, ScriptEnvironment env, SandboxHook hook) {
        TypedImplementation typed = b.function().typed();
        if (typed instanceof TypedImplementation.ReadVec3) return new LuaReadVec3(b, env, hook);
        if (typed instanceof TypedImplementation.WriteVec3) return new LuaWriteVec3(b, env, hook);
        return new LuaApiFunction(b, env, hook);
    }
}
