package dev.luminara.lunyscript.transform;

import dev.luminara.lunyscript.NativeObjectProxy;
import dev.luminara.lunyscript.VerbCallException;
import dev.luminara.lunyscript.descriptor.Origin;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.jse.CoerceJavaToLua;
import org.luaj.vm2.lib.jse.CoerceLuaToJava;

/**
 * An inline {@code transform = function(direction) return direction * 45 end}. It takes every argument and may return
 * several values (each becomes one target argument). Numbers come back as doubles; errors name the descriptor key.
 */
public record LuaFunctionTransformation(LuaFunction function, Origin origin) implements Transformation {
    @Override
    public Object apply(Object value) {
        return applyAll(new Object[] {value})[0];
    }

    @Override
    public Object[] applyAll(Object[] args) {
        LuaValue[] in = new LuaValue[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i] instanceof NativeObjectProxy p ? p.nativeObject() : args[i];
            in[i] = a instanceof Number n ? LuaValue.valueOf(n.doubleValue()) : CoerceJavaToLua.coerce(a);
        }
        Varargs out;
        try {
            out = function.invoke(LuaValue.varargsOf(in));
        } catch (LuaError e) {
            throw new VerbCallException("transform at " + origin + " failed: " + e.getMessage(), e);
        }
        Object[] result = new Object[out.narg()];
        for (int i = 0; i < result.length; i++) {
            result[i] = toJava(out.arg(i + 1));
        }
        return result;
    }

    static Object toJava(LuaValue v) {
        if (v.isnil()) return null;
        if (v.type() == LuaValue.TNUMBER) return v.todouble();
        if (v.isboolean()) return v.toboolean();
        if (v.type() == LuaValue.TSTRING) return v.tojstring();
        return CoerceLuaToJava.coerce(v, Object.class);
    }

    @Override
    public int inputArity() {
        return -1;
    }

    @Override
    public int outputArity(int inputs) {
        return -1;
    }

    @Override
    public String describe() {
        return "lua function (" + origin + ")";
    }
}
