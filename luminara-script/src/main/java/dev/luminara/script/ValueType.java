package dev.luminara.script;

import java.util.Locale;

/** The types an {@link ApiParam} or an {@link ApiFunction}'s result may have. */
public enum ValueType {
    /** Any value; the implementation checks it. */
    ANY,
    /** No value: only as a return type. */
    NIL,
    BOOL,
    NUMBER,
    /** A whole number (still a double at the boundary). */
    INTEGER,
    STRING,
    ENTITY,
    VEC3,
    LIST,
    MAP;

    /** The lower-case name used in messages, docs and the WASM ABI table. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a value of type {@code actual} is acceptable where this type is expected (before coercions). */
    public boolean accepts(ValueType actual) {
        if (this == ANY || this == actual) return true;
        return this == INTEGER && actual == NUMBER;
    }
}
