package dev.luminara.verify.internal;

import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.ast.Exp;

/** What static analysis can tell about an argument expression without running it. */
record Literal(Kind kind, double number, String text) {
    enum Kind {
        NUMBER("a number"),
        STRING("a string"),
        BOOL("a boolean"),
        NIL("nil"),
        TABLE("a table"),
        FUNCTION("a function"),
        VEC3("a vec3"),
        UNKNOWN("a value");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final Literal UNKNOWN = new Literal(Kind.UNKNOWN, 0, null);

    static Literal of(Exp e) {
        if (e instanceof Exp.Constant c) {
            LuaValue v = c.value;
            switch (v.type()) {
                case LuaValue.TNIL:
                    return new Literal(Kind.NIL, 0, null);
                case LuaValue.TBOOLEAN:
                    return new Literal(Kind.BOOL, v.toboolean() ? 1 : 0, null);
                case LuaValue.TNUMBER:
                    return new Literal(Kind.NUMBER, v.todouble(), null);
                case LuaValue.TSTRING:
                    return new Literal(Kind.STRING, 0, v.tojstring());
                default:
                    return UNKNOWN;
            }
        }
        if (e instanceof Exp.UnopExp u && u.op == Lua.OP_UNM) {
            Literal inner = of(u.rhs);
            return inner.kind == Kind.NUMBER ? new Literal(Kind.NUMBER, -inner.number, null) : UNKNOWN;
        }
        if (e instanceof Exp.UnopExp u && u.op == Lua.OP_NOT) return new Literal(Kind.BOOL, 0, null);
        if (e instanceof org.luaj.vm2.ast.TableConstructor) return new Literal(Kind.TABLE, 0, null);
        if (e instanceof Exp.AnonFuncDef) return new Literal(Kind.FUNCTION, 0, null);
        if (e instanceof Exp.ParensExp p) return of(p.exp);
        if (e instanceof Exp.BinopExp b && b.op == Lua.OP_CONCAT) return new Literal(Kind.STRING, 0, null);
        if (e instanceof Exp.FuncCall f
                && !(e instanceof Exp.MethodCall)
                && f.lhs instanceof Exp.NameExp n
                && "vec3".equals(n.name.name)
                && (n.name.variable == null || !n.name.variable.isLocal())) {
            return new Literal(Kind.VEC3, 0, null);
        }
        return UNKNOWN;
    }

    /** Whether the expression may stand for several values (a call or {@code ...} in last position). */
    static boolean multiValued(Exp e) {
        return e instanceof Exp.FuncCall || e instanceof Exp.VarargsExp;
    }

    boolean known() {
        return kind != Kind.UNKNOWN;
    }

    String describe() {
        if (kind == Kind.NUMBER) return "the number " + fmt(number);
        if (kind == Kind.STRING && text != null) return "the string \"" + text + "\"";
        return kind.label;
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
