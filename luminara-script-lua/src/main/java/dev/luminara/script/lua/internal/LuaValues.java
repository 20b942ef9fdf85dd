package dev.luminara.script.lua.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ApiCallException;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * {@link ScriptValue} to and from Lua. Entities are userdata (printing as {@code entity(12v0)}, equal by id, usable
 * as table keys); vectors are tables {@code {x=, y=, z=}} with a shared metatable for {@code + - *} and the global
 * constructor {@code vec3(x, y, z)}; lists and maps are tables.
 */
public final class LuaValues {
    private static final int MAX_DEPTH = 32;
    private static final int MAX_ITEMS = 100_000;
    static final LuaString X = LuaString.valueOf("x");
    static final LuaString Y = LuaString.valueOf("y");
    static final LuaString Z = LuaString.valueOf("z");

    static final LuaTable ENTITY_META = entityMeta();
    static final LuaTable VEC3_META = vec3Meta();

    private LuaValues() {}

    /** Lua value → script value of the type a parameter expects (tables become vectors only where a vec3 is due). */
    public static ScriptValue toScript(LuaValue v, ValueType expected) {
        if (expected == ValueType.VEC3 && v.istable()) return ScriptValue.of(vec(v));
        return toScript(v, 0);
    }

    public static ScriptValue toScript(LuaValue v) {
        return toScript(v, 0);
    }

    private static ScriptValue toScript(LuaValue v, int depth) {
        switch (v.type()) {
            case LuaValue.TNIL:
            case LuaValue.TNONE:
                return ScriptValue.NIL;
            case LuaValue.TBOOLEAN:
                return ScriptValue.of(v.toboolean());
            case LuaValue.TNUMBER:
                return ScriptValue.of(v.todouble());
            case LuaValue.TSTRING:
                return ScriptValue.of(v.tojstring());
            case LuaValue.TUSERDATA:
                if (v.touserdata() instanceof Entity e) return entityRef(e);
                throw new ApiCallException("a " + v.typename() + " cannot cross into the engine");
            case LuaValue.TTABLE:
                return table((LuaTable) v, depth);
            default:
                throw new ApiCallException("a " + v.typename() + " cannot cross into the engine");
        }
    }

    /**
     * The last entity converted, reused while scripts keep passing the same one ({@code self.entity} twice per typical
     * {@code on_update}): values are immutable, so a racy one-entry cache is safe.
     */
    private static ScriptValue.EntityRef lastEntity;

    private static ScriptValue entityRef(Entity e) {
        ScriptValue.EntityRef last = lastEntity;
        if (last != null && last.entity() == e) return last;
        ScriptValue.EntityRef r = new ScriptValue.EntityRef(e);
        lastEntity = r;
        return r;
    }

    private static ScriptValue table(LuaTable t, int depth) {
        if (depth > MAX_DEPTH) throw new ApiCallException("table nested deeper than " + MAX_DEPTH);
        if (t.getmetatable() == VEC3_META) return ScriptValue.of(vec(t));
        int n = t.length();
        List<ScriptValue> list = new ArrayList<>();
        Map<String, ScriptValue> map = new LinkedHashMap<>();
        LuaValue k = LuaValue.NIL;
        int count = 0;
        while (true) {
            Varargs e = t.next(k);
            if ((k = e.arg1()).isnil()) break;
            if (++count > MAX_ITEMS) throw new ApiCallException("table has more than " + MAX_ITEMS + " entries");
            if (k.isinttype() && k.toint() >= 1 && k.toint() <= n) continue;
            if (!k.isstring() || k.isnumber()) {
                throw new ApiCallException("table keys must be strings or 1..n, got " + k.typename() + " " + k);
            }
            map.put(k.tojstring(), toScript(e.arg(2), depth + 1));
        }
        if (!map.isEmpty() && n > 0) {
            throw new ApiCallException("a table cannot mix list items and named keys here");
        }
        if (!map.isEmpty()) return ScriptValue.map(map);
        for (int i = 1; i <= n; i++) list.add(toScript(t.get(i), depth + 1));
        return ScriptValue.list(list);
    }

    static Vec3 vec(LuaValue t) {
        if (t instanceof LuaVec3 v) {
            LuaValue vx = v.number(0), vy = v.number(1), vz = v.number(2);
            if (vx != null && vy != null && vz != null) {
                return new Vec3((float) vx.todouble(), (float) vy.todouble(), (float) vz.todouble());
            }
        }
        LuaValue x = t.get(X);
        if (x.isnil()) {
            return new Vec3(num(t.get(1), "1"), num(t.get(2), "2"), num(t.get(3), "3"));
        }
        return new Vec3(num(x, "x"), num(t.get(Y), "y"), num(t.get(Z), "z"));
    }

    private static float num(LuaValue v, String field) {
        if (!v.isnumber())
            throw new ApiCallException("a vec3 needs a number in field " + field + ", got " + v.typename());
        return (float) v.todouble();
    }

    public static LuaValue toLua(ScriptValue v) {
        if (v instanceof ScriptValue.Nil) return LuaValue.NIL;
        if (v instanceof ScriptValue.Bool b) return LuaValue.valueOf(b.value());
        if (v instanceof ScriptValue.Number n) return LuaValue.valueOf(n.value());
        if (v instanceof ScriptValue.Text t) return LuaValue.valueOf(t.value());
        if (v instanceof ScriptValue.EntityRef e) return entity(e.entity());
        if (v instanceof ScriptValue.Vector vec) return vec3(vec.value());
        if (v instanceof ScriptValue.ListValue l) {
            LuaTable t = new LuaTable(l.items().size(), 0);
            for (int i = 0; i < l.items().size(); i++)
                t.rawset(i + 1, toLua(l.items().get(i)));
            return t;
        }
        if (v instanceof ScriptValue.MapValue m) {
            LuaTable t = new LuaTable(0, m.entries().size());
            m.entries().forEach((k, i) -> t.rawset(k, toLua(i)));
            return t;
        }
        throw new IllegalStateException("unhandled ScriptValue " + v);
    }

    public static LuaValue entity(Entity e) {
        return new LuaUserdata(e, ENTITY_META);
    }

    public static LuaTable vec3(Vec3 v) {
        return vec3(LuaValue.valueOf(v.x()), LuaValue.valueOf(v.y()), LuaValue.valueOf(v.z()));
    }

    static LuaTable vec3(float x, float y, float z) {
        return vec3(LuaValue.valueOf(x), LuaValue.valueOf(y), LuaValue.valueOf(z));
    }

    private static LuaTable vec3(LuaValue x, LuaValue y, LuaValue z) {
        LuaTable t = new LuaVec3(x, y, z);
        t.setmetatable(VEC3_META);
        return t;
    }

    /** The global {@code vec3(x, y, z)}: components rounded to float, as the engine stores them. */
    static LuaValue vec3Constructor() {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs a) {
                return vec3(component(a, 1), component(a, 2), component(a, 3));
            }

            // vec3(x, y, z) is called once per typical on_update: no Varargs for it
            @Override
            public LuaValue call(LuaValue x, LuaValue y, LuaValue z) {
                return vec3(component(x), component(y), component(z));
            }
        };
    }

    /** {@link #component(Varargs, int)} for a value passed directly (NONE or nil when absent). */
    private static LuaValue component(LuaValue v) {
        double d = v.optdouble(0);
        float f = (float) d;
        return v.type() == LuaValue.TNUMBER && v.todouble() == f ? v : LuaValue.valueOf(f);
    }

    /** Argument {@code i} as a float-valued Lua number (0 when absent); the argument itself when already one. */
    private static LuaValue component(Varargs a, int i) {
        double d = a.optdouble(i, 0);
        float f = (float) d;
        LuaValue v = a.arg(i);
        return v.type() == LuaValue.TNUMBER && v.todouble() == f ? v : LuaValue.valueOf(f);
    }

    private static LuaTable entityMeta() {
        LuaTable mt = new LuaTable();
        mt.rawset(LuaValue.TOSTRING, new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue self) {
                return LuaValue.valueOf("entity(" + self.touserdata() + ")");
            }
        });
        mt.rawset(LuaValue.EQ, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue a, LuaValue b) {
                return LuaValue.valueOf(a.touserdata().equals(b.touserdata()));
            }
        });
        mt.rawset(LuaValue.METATABLE, LuaValue.valueOf("entity"));
        return new ReadOnlyTable("entity metatable", mt);
    }

    private static LuaTable vec3Meta() {
        LuaTable mt = new LuaTable();
        mt.rawset(LuaValue.ADD, arith((a, b) -> a.add(b)));
        mt.rawset(LuaValue.SUB, arith((a, b) -> a.sub(b)));
        mt.rawset(LuaValue.MUL, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue a, LuaValue b) {
                if (a.isnumber()) return vec3(vec(b).mul((float) a.todouble()));
                if (b.isnumber()) return vec3(vec(a).mul((float) b.todouble()));
                return vec3(vec(a).mul(vec(b)));
            }
        });
        mt.rawset(LuaValue.UNM, new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue a) {
                return vec3(vec(a).negate());
            }
        });
        mt.rawset(LuaValue.TOSTRING, new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue a) {
                return LuaValue.valueOf("vec3" + vec(a));
            }
        });
        mt.rawset(LuaValue.METATABLE, LuaValue.valueOf("vec3"));
        return new ReadOnlyTable("vec3 metatable", mt);
    }

    private static LuaValue arith(java.util.function.BinaryOperator<Vec3> op) {
        return new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue a, LuaValue b) {
                if (!a.istable() || !b.istable()) throw new LuaError("vec3 arithmetic needs two vectors");
                return vec3(op.apply(vec(a), vec(b)));
            }
        };
    }
}
