package dev.luminara.script.lua.internal;

import java.util.Arrays;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The string library scripts see, and the JVM-wide string metatable ({@code ("x"):rep(3)} goes through it). LuaJ keeps
 * that metatable in a static field that every {@code StringLib} load overwrites, so it is re-installed at each armed
 * call. Differences from LuaJ's: {@code rep}, {@code byte} and {@code gsub} refuse results past the sandbox's value
 * cap before allocating; pattern functions count their steps; {@code dump} is gone; both tables are read-only.
 */
final class LuaStrings {
    /** The value cap when no sandbox is armed (trusted code). */
    static final long TRUSTED_VALUE_CAP = 256L << 20;

    private static final LuaTable LIBRARY = build();
    private static final LuaTable METATABLE = metatable();

    private LuaStrings() {}

    static LuaTable library() {
        return LIBRARY;
    }

    /** Puts our metatable back if some other LuaJ user replaced it. */
    static void ensureInstalled() {
        if (LuaString.s_metatable != METATABLE) LuaString.s_metatable = METATABLE;
    }

    private static LuaTable build() {
        Globals g = new Globals();
        LuaTable pkg = new LuaTable();
        pkg.rawset("loaded", new LuaTable());
        g.rawset("package", pkg);
        g.load(new StringLib());
        LuaTable t = new LuaTable();
        LuaTable base = (LuaTable) g.get("string");
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = base.next(k);
            if ((k = n.arg1()).isnil()) break;
            t.rawset(k, n.arg(2));
        }
        t.rawset("dump", LuaValue.NIL);
        t.rawset("rep", fn(LuaStrings::rep));
        t.rawset("byte", fn(LuaStrings::bytes));
        t.rawset("find", fn(a -> LuaPatterns.find(a, true)));
        t.rawset("match", fn(a -> LuaPatterns.find(a, false)));
        t.rawset("gmatch", fn(LuaPatterns::gmatch));
        t.rawset("gsub", fn(LuaPatterns::gsub));
        return new ReadOnlyTable("string", t);
    }

    private static LuaTable metatable() {
        LuaTable mt = new LuaTable();
        mt.rawset(LuaValue.INDEX, LIBRARY);
        mt.rawset(LuaValue.METATABLE, LuaValue.valueOf("string metatable is read-only"));
        LuaTable ro = new ReadOnlyTable("string metatable", mt);
        LuaString.s_metatable = ro;
        return ro;
    }

    static LuaValue fn(java.util.function.Function<Varargs, Varargs> body) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return body.apply(args);
            }
        };
    }

    private static Varargs rep(Varargs args) {
        LuaString s = args.checkstring(1);
        long n = args.checklong(2);
        LuaString sep = args.optstring(3, LuaString.valueOf(""));
        if (n <= 0) return LuaString.valueOf("");
        if (s.length() == 0 && sep.length() == 0) return LuaString.valueOf(""); // n copies of nothing
        long total;
        try {
            total = Math.addExact(Math.multiplyExact(n, s.length()), Math.multiplyExact(n - 1, sep.length()));
        } catch (ArithmeticException overflow) {
            total = Long.MAX_VALUE;
        }
        // the message names the real size; every copy adds a byte, so a total under the cap also bounds n
        check(total, "string.rep");
        byte[] out = new byte[(int) total];
        // one copy of s, then of (sep, s), then the filled prefix doubled: a few arraycopy calls instead of n copies,
        // so a large rep costs memory bandwidth, not a loop the time limit has to catch
        s.copyInto(0, out, 0, s.length());
        int filled = s.length();
        if (n > 1) {
            sep.copyInto(0, out, filled, sep.length());
            s.copyInto(0, out, filled + sep.length(), s.length());
            filled += sep.length() + s.length();
        }
        while (filled < out.length) {
            // after the first s come whole (sep, s) units, and so does what is left to fill: copying whole units
            // keeps the pattern
            int copied = filled - s.length();
            int len = Math.min(copied, out.length - filled);
            System.arraycopy(out, s.length(), out, filled, len);
            filled += len;
        }
        return LuaString.valueUsing(out);
    }

    private static Varargs bytes(Varargs args) {
        LuaString s = args.checkstring(1);
        int len = s.length();
        int i = args.optint(2, 1);
        int j = args.optint(3, i);
        if (i < 0) i = len + i + 1;
        if (j < 0) j = len + j + 1;
        if (i < 1) i = 1;
        if (j > len) j = len;
        if (i > j) return LuaValue.NONE;
        check((long) (j - i + 1) * 16, "string.byte");
        LuaValue[] v = new LuaValue[j - i + 1];
        for (int k = 0; k < v.length; k++) v[k] = LuaValue.valueOf(s.luaByte(i - 1 + k));
        return LuaValue.varargsOf(v);
    }

    static void check(long bytes, String operation) {
        SandboxHook h = SandboxHook.current();
        if (h != null) {
            h.checkValueSize(bytes, operation);
        } else if (bytes > TRUSTED_VALUE_CAP) {
            throw new LuaError(operation + " would build " + bytes + " bytes (at most " + TRUSTED_VALUE_CAP + ")");
        }
    }

    /** A byte buffer that refuses to grow past the value cap. */
    static final class Builder {
        private final String operation;
        private byte[] buf = new byte[64];
        private int len;

        Builder(String operation) {
            this.operation = operation;
        }

        private void ensure(int extra) {
            long need = (long) len + extra;
            if (need > buf.length) {
                check(need, operation);
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, buf.length * 2L)));
            }
        }

        void append(byte b) {
            ensure(1);
            buf[len++] = b;
        }

        void append(int b) {
            append((byte) b);
        }

        void append(LuaString s) {
            append(s, 0, s.length());
        }

        void append(LuaString s, int from, int to) {
            int n = to - from;
            if (n <= 0) return;
            ensure(n);
            s.copyInto(from, buf, len, n);
            len += n;
        }

        LuaString toLuaString() {
            return LuaString.valueOf(buf, 0, len);
        }
    }
}
