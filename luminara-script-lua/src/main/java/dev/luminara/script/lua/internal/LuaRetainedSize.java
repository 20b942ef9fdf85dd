package dev.luminara.script.lua.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaThread;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.UpValue;
import org.luaj.vm2.Varargs;

/**
 * A rough estimate of the heap a script keeps: the Lua values reachable from a root (an instance's {@code self}, and
 * through its metatable the class table, the closures' upvalues and the script's own globals). Each table, closure,
 * upvalue, prototype, string and string buffer is counted once (identity), so shared values and cycles cost nothing
 * extra. Skipped: {@link ReadOnlyTable}s (the engine's API and library tables, shared by every script and not
 * writable), Java functions and userdata (fixed size, their insides are the engine's).
 *
 * <p>The overheads are a 64-bit JVM's with compressed references, rounded: a table is 64 bytes plus 40 per entry (an
 * array slot or hash node and its reference); a string object is 32 bytes and its backing array 16 plus its length
 * (LuaJ lets a substring of at least half its source share it, so each buffer is counted once, at its full length,
 * which is what such a slice keeps alive); a
 * number is 16; a closure 32 plus 8 per upvalue and each upvalue 24; a prototype 96 plus 4 per instruction; anything
 * else 32. Real usage is within a small factor of this; the aim is to catch growth, not to account to the byte.
 */
final class LuaRetainedSize {
    static final int TABLE = 64;
    static final int ENTRY = 40;
    static final int STRING = 32;
    static final int ARRAY = 16;
    static final int NUMBER = 16;
    static final int CLOSURE = 32;
    static final int UPVALUE = 24;
    static final int PROTOTYPE = 96;
    static final int OTHER = 32;

    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private long bytes;

    private LuaRetainedSize() {}

    /** The estimated bytes of the Lua values reachable from {@code root}. */
    static long of(LuaValue root) {
        LuaRetainedSize w = new LuaRetainedSize();
        w.value(root);
        // an explicit work list, not recursion: a script can nest tables deeper than the Java stack
        for (Object o; (o = w.pending.poll()) != null; ) w.expand(o);
        return w.bytes;
    }

    private void value(LuaValue v) {
        switch (v.type()) {
            case LuaValue.TNIL, LuaValue.TBOOLEAN -> {}
            case LuaValue.TNUMBER -> bytes += NUMBER;
            case LuaValue.TSTRING -> string(v);
            case LuaValue.TTABLE -> {
                if (!(v instanceof ReadOnlyTable)) visit(v);
            }
            case LuaValue.TFUNCTION -> {
                if (v instanceof LuaClosure) visit(v);
                else bytes += OTHER;
            }
            case LuaValue.TTHREAD -> visit(v);
            default -> bytes += OTHER;
        }
    }

    private void string(LuaValue v) {
        if (!(v instanceof LuaString s)) {
            bytes += NUMBER; // a number seen as a string (isstring() is true for numbers, type() is not)
            return;
        }
        if (seen.add(s)) bytes += STRING;
        if (seen.add(s.m_bytes)) bytes += ARRAY + s.m_bytes.length;
    }

    private void visit(Object o) {
        if (seen.add(o)) pending.add(o);
    }

    private void expand(Object o) {
        if (o instanceof LuaTable t) {
            table(t);
        } else if (o instanceof LuaClosure c) {
            bytes += CLOSURE;
            visit(c.p);
            if (c.upValues != null) {
                for (UpValue u : c.upValues) {
                    bytes += 8;
                    if (u != null && seen.add(u)) {
                        bytes += UPVALUE;
                        value(u.getValue());
                    }
                }
            }
        } else if (o instanceof Prototype p) {
            bytes += PROTOTYPE + 4L * p.code.length;
            for (LuaValue k : p.k) value(k); // constants: load() can compile a huge string literal
            for (Prototype child : p.p) visit(child);
        } else if (o instanceof LuaThread co) {
            // a suspended coroutine's locals live on its Java thread's stack, out of reach; its body function is not
            bytes += OTHER;
            value(co.state.function);
        }
    }

    private void table(LuaTable t) {
        bytes += TABLE;
        LuaValue mt = t.getmetatable();
        if (mt != null) value(mt);
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = t.next(k);
            if ((k = n.arg1()).isnil()) break;
            bytes += ENTRY;
            value(k);
            value(n.arg(2));
        }
    }
}
