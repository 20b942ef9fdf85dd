package dev.luminara.script.lua.internal;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A library table scripts can read and iterate but not change ({@code string.rep = nil} is an error), so one
 * script cannot tamper with what another, or the engine, relies on.
 */
final class ReadOnlyTable extends LuaTable {
    private final String name;
    private boolean sealed;

    ReadOnlyTable(String name, LuaTable contents) {
        this.name = name;
        LuaValue k = LuaValue.NIL;
        while (true) {
            var n = contents.next(k);
            if ((k = n.arg1()).isnil()) break;
            super.rawset(k, n.arg(2));
        }
        sealed = true;
    }

    private LuaError refuse() {
        return new LuaError("attempt to modify read-only table '" + name + "'");
    }

    @Override
    public void rawset(LuaValue key, LuaValue value) {
        if (sealed) throw refuse();
        super.rawset(key, value);
    }

    @Override
    public void rawset(int key, LuaValue value) {
        if (sealed) throw refuse();
        super.rawset(key, value);
    }

    @Override
    public void set(LuaValue key, LuaValue value) {
        throw refuse();
    }

    @Override
    public void set(int key, LuaValue value) {
        throw refuse();
    }

    @Override
    public void hashset(LuaValue key, LuaValue value) {
        if (sealed) throw refuse();
        super.hashset(key, value);
    }

    @Override
    public void insert(int pos, LuaValue value) {
        throw refuse();
    }

    @Override
    public LuaValue remove(int pos) {
        throw refuse();
    }

    @Override
    public void sort(LuaValue comparator) {
        throw refuse();
    }

    @Override
    public LuaValue setmetatable(LuaValue metatable) {
        if (sealed) throw refuse();
        return super.setmetatable(metatable);
    }
}
