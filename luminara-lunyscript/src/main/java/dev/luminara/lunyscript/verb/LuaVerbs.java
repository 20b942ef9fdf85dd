package dev.luminara.lunyscript.verb;

import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.script.ScriptContext;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * Installs a {@link VerbTable} into a LuaJ state: {@code Vehicle.SetSpeed(50)} calls the verb on the script's own
 * object (the context the supplier returns when the call happens). Contract violations and engine failures become Lua
 * errors carrying the same message as on every other path.
 */
public final class LuaVerbs {
    private LuaVerbs() {}

    public static void install(LuaTable globals, VerbTable verbs, Supplier<ScriptContext> context) {
        for (Verb verb : verbs.verbs()) {
            String domain = verb.semantic().domain();
            LuaValue table = globals.get(domain);
            if (table.isnil()) {
                table = new LuaTable();
                globals.set(domain, table);
            }
            table.set(verb.semantic().name(), new Call(verb, context));
        }
    }

    private static final class Call extends VarArgFunction {
        private final Verb verb;
        private final Supplier<ScriptContext> context;

        Call(Verb verb, Supplier<ScriptContext> context) {
            this.verb = verb;
            this.context = context;
        }

        @Override
        public Varargs invoke(Varargs args) {
            Object[] in = new Object[args.narg()];
            for (int i = 0; i < in.length; i++) {
                in[i] = toJava(args.arg(i + 1));
            }
            try {
                return toLua(verb.call(context.get(), in));
            } catch (LunyScriptException e) {
                throw new LuaError(e.getMessage());
            }
        }
    }

    static Object toJava(LuaValue v) {
        if (v.isnil()) return null;
        if (v.type() == LuaValue.TNUMBER) return v.todouble();
        if (v.isboolean()) return v.toboolean();
        if (v.type() == LuaValue.TSTRING) return v.tojstring();
        return v.touserdata();
    }

    static LuaValue toLua(Object o) {
        if (o == null) return LuaValue.NONE;
        if (o instanceof Number n) return LuaValue.valueOf(n.doubleValue());
        if (o instanceof Boolean b) return LuaValue.valueOf(b);
        return LuaValue.valueOf(o.toString());
    }
}
