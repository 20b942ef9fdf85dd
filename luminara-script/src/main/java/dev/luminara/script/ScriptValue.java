package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value crossing the boundary between a script and the engine: the one vocabulary every runtime (Lua, WASM, a
 * future one) converts to and from, so that an {@link ApiFunction} is written once for all of them.
 */
public sealed interface ScriptValue {
    Nil NIL = new Nil();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    /** The type this value has, as API signatures name it. */
    ValueType type();

    static ScriptValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static ScriptValue of(double d) {
        return new Number(d);
    }

    static ScriptValue of(String s) {
        return s == null ? NIL : new Text(s);
    }

    static ScriptValue of(Entity e) {
        return e == null ? NIL : new EntityRef(e);
    }

    static ScriptValue of(Vec3 v) {
        return v == null ? NIL : new Vector(v);
    }

    static ScriptValue list(List<? extends ScriptValue> items) {
        return new ListValue(List.copyOf(items));
    }

    static ScriptValue map(Map<String, ? extends ScriptValue> entries) {
        return new MapValue(new LinkedHashMap<String, ScriptValue>(entries));
    }

    default boolean isNil() {
        return this instanceof Nil;
    }

    /** Absence of a value (Lua {@code nil}). */
    record Nil() implements ScriptValue {
        @Override
        public ValueType type() {
            return ValueType.NIL;
        }

        @Override
        public String toString() {
            return "nil";
        }
    }

    record Bool(boolean value) implements ScriptValue {
        @Override
        public ValueType type() {
            return ValueType.BOOL;
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    /** Every number is a double, as in Lua; integer parameters are checked to be whole. */
    record Number(double value) implements ScriptValue {
        @Override
        public ValueType type() {
            return ValueType.NUMBER;
        }

        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? String.valueOf((long) value)
                    : String.valueOf(value);
        }
    }

    record Text(String value) implements ScriptValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.STRING;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    record EntityRef(Entity entity) implements ScriptValue {
        public EntityRef {
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public ValueType type() {
            return ValueType.ENTITY;
        }

        @Override
        public String toString() {
            return "entity(" + entity + ")";
        }
    }

    record Vector(Vec3 value) implements ScriptValue {
        public Vector {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.VEC3;
        }

        @Override
        public String toString() {
            return "vec3" + value;
        }
    }

    /** An ordered sequence (a Lua array table). */
    record ListValue(List<ScriptValue> items) implements ScriptValue {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public ValueType type() {
            return ValueType.LIST;
        }

        @Override
        public String toString() {
            return items.toString();
        }
    }

    /** String keys to values, in insertion order (a Lua table with string keys). */
    record MapValue(Map<String, ScriptValue> entries) implements ScriptValue {
        public MapValue {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public ScriptValue get(String key) {
            ScriptValue v = entries.get(key);
            return v == null ? NIL : v;
        }

        @Override
        public ValueType type() {
            return ValueType.MAP;
        }

        @Override
        public String toString() {
            return entries.toString();
        }
    }
}
