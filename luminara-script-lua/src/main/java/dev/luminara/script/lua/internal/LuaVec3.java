package dev.luminara.script.lua.internal;

import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A vec3 table: an ordinary Lua table whose {@code x}, {@code y} and {@code z} live in three fields instead of the
 * hash part. Scripts see a table like any other (read, assign, clear, {@code pairs}, more keys, a metatable); what
 * changes is the cost: no hash slots or entries, and a read returns the stored number instead of boxing a new one
 * (LuaJ's hash entries keep numbers unboxed and allocate on every read). Vectors cross the API twice per typical
 * call, so this is most of what a transform read/write allocates.
 */
final class LuaVec3 extends LuaTable {
    private LuaValue x;
    private LuaValue y;
    private LuaValue z;
    /**
     * Bit i set: field i behaves as LuaJ's number-valued hash entry, which turns a numeric string written over it into
     * a number; an entry created with (or overwritten by) a non-number is a normal one and stores values as given,
     * until the key is cleared.
     */
    private int numberEntries;

    LuaVec3(LuaValue x, LuaValue y, LuaValue z) {
        this.x = x;
        this.y = y;
        this.z = z;
        for (int i = 0; i < 3; i++) {
            LuaValue v = i == 0 ? x : i == 1 ? y : z;
            if (v != null && v.type() == TNUMBER) numberEntries |= 1 << i;
        }
    }

    /** 0, 1, 2 for the keys {@code "x"}, {@code "y"}, {@code "z"}; -1 for any other key. */
    private static int slot(LuaValue key) {
        if (!(key instanceof LuaString s) || s.m_length != 1) return -1;
        byte b = s.m_bytes[s.m_offset];
        return b == 'x' ? 0 : b == 'y' ? 1 : b == 'z' ? 2 : -1;
    }

    private LuaValue field(int slot) {
        LuaValue v = slot == 0 ? x : slot == 1 ? y : z;
        return v == null ? NIL : v;
    }

    private void store(int slot, LuaValue value) {
        LuaValue v = value.isnil() ? null : value;
        LuaValue old = slot == 0 ? x : slot == 1 ? y : z;
        int bit = 1 << slot;
        if (v == null) {
            numberEntries &= ~bit;
        } else if (old == null) {
            if (v.type() == TNUMBER) numberEntries |= bit;
            else numberEntries &= ~bit;
        } else if ((numberEntries & bit) != 0) {
            // LuaJ's number entries keep a numeric string as a number; anything else makes them normal entries
            LuaValue n = v.tonumber();
            if (!n.isnil()) v = n;
            else numberEntries &= ~bit;
        }
        if (slot == 0) x = v;
        else if (slot == 1) y = v;
        else z = v;
    }

    /** The number in {@code x}, {@code y} or {@code z} (0, 1, 2), or null when that field is not a number. */
    LuaValue number(int slot) {
        LuaValue v = slot == 0 ? x : slot == 1 ? y : z;
        return v != null && v.type() == TNUMBER ? v : null;
    }

    @Override
    public LuaValue rawget(LuaValue key) {
        int s = slot(key);
        return s >= 0 ? field(s) : super.rawget(key);
    }

    @Override
    protected LuaValue hashget(LuaValue key) {
        int s = slot(key);
        return s >= 0 ? field(s) : super.hashget(key);
    }

    @Override
    public void rawset(LuaValue key, LuaValue value) {
        int s = slot(key);
        if (s >= 0) store(s, value);
        else super.rawset(key, value);
    }

    @Override
    public void hashset(LuaValue key, LuaValue value) {
        int s = slot(key);
        if (s >= 0) store(s, value);
        else super.hashset(key, value);
    }

    /** {@code x}, {@code y}, {@code z} (those set) first, then the table's other keys. */
    @Override
    public Varargs next(LuaValue key) {
        int from;
        if (key.isnil()) {
            from = 0;
        } else {
            int s = slot(key);
            if (s < 0) return super.next(key);
            from = s + 1;
        }
        for (int i = from; i < 3; i++) {
            LuaValue v = field(i);
            if (!v.isnil()) return varargsOf(key(i), v);
        }
        return super.next(NIL);
    }

    private static LuaValue key(int i) {
        return i == 0 ? LuaValues.X : i == 1 ? LuaValues.Y : LuaValues.Z;
    }
}
