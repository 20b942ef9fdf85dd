package dev.luminara.lunyscript.descriptor;

import dev.luminara.core.schema.Suggest;
import dev.luminara.lunyscript.DescriptorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/** Typed reads from one Lua table; every error carries the file and key path of the value that was wrong. */
final class Fields {
    final LuaTable table;
    final Origin origin;

    Fields(LuaValue value, Origin origin) {
        if (!value.istable()) {
            throw error(origin, "expected a table, got " + describe(value));
        }
        this.table = (LuaTable) value;
        this.origin = origin;
    }

    static DescriptorException error(Origin at, String problem) {
        return new DescriptorException(at.file(), at.keyPath(), problem);
    }

    static String describe(LuaValue v) {
        return isString(v) ? "string '" + v.tojstring() + "'" : v.typename();
    }

    /** Fails on any key not in {@code allowed}, suggesting the closest allowed one. */
    Fields allowOnly(Set<String> allowed) {
        for (String key : stringKeys()) {
            if (!allowed.contains(key)) {
                throw error(origin.child(key), "unknown key" + Suggest.didYouMean(key, allowed));
            }
        }
        return this;
    }

    LuaValue get(String key) {
        return table.get(key);
    }

    String string(String key, boolean required) {
        LuaValue v = table.get(key);
        if (v.isnil()) {
            if (required) throw error(origin.child(key), "required, missing");
            return null;
        }
        if (!isString(v)) {
            throw error(origin.child(key), "expected a string, got " + describe(v));
        }
        return v.tojstring();
    }

    Double number(String key) {
        LuaValue v = table.get(key);
        if (v.isnil()) return null;
        if (v.type() != LuaValue.TNUMBER) throw error(origin.child(key), "expected a number, got " + describe(v));
        return v.todouble();
    }

    boolean bool(String key, boolean fallback) {
        LuaValue v = table.get(key);
        if (v.isnil()) return fallback;
        if (!v.isboolean()) throw error(origin.child(key), "expected true or false, got " + describe(v));
        return v.toboolean();
    }

    /** A Lua array of strings, or an empty list when absent. */
    List<String> strings(String key) {
        LuaValue v = table.get(key);
        if (v.isnil()) return List.of();
        Fields list = new Fields(v, origin.child(key));
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= list.table.length(); i++) {
            LuaValue item = list.table.get(i);
            if (!isString(item)) {
                throw error(list.origin.child(i), "expected a string, got " + describe(item));
            }
            out.add(item.tojstring());
        }
        return out;
    }

    /** A Lua array of tables; the elements' origins are {@code key[1]}, {@code key[2]}, ... */
    List<Fields> tables(String key) {
        LuaValue v = table.get(key);
        if (v.isnil()) return List.of();
        Fields list = new Fields(v, origin.child(key));
        List<Fields> out = new ArrayList<>();
        for (int i = 1; i <= list.table.length(); i++) {
            out.add(new Fields(list.table.get(i), list.origin.child(i)));
        }
        return out;
    }

    /** The table's entries by string key, sorted; a non-string key is an error. */
    SortedMap<String, LuaValue> entries() {
        SortedMap<String, LuaValue> out = new TreeMap<>();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = table.next(k);
            k = n.arg1();
            if (k.isnil()) break;
            if (!isString(k)) {
                throw error(origin, "keys must be names, got " + describe(k) + " key");
            }
            out.put(k.tojstring(), n.arg(2));
        }
        return out;
    }

    private Set<String> stringKeys() {
        return entries().keySet();
    }

    static boolean isString(LuaValue v) {
        return v.type() == LuaValue.TSTRING;
    }

    /** A Lua scalar as Java: Double, Boolean, String, or null for nil. */
    static Object scalar(LuaValue v, Origin at) {
        if (v.isnil()) return null;
        if (v.type() == LuaValue.TNUMBER) return v.todouble();
        if (v.isboolean()) return v.toboolean();
        if (isString(v)) return v.tojstring();
        throw error(at, "expected a number, boolean or string, got " + v.typename());
    }
}
