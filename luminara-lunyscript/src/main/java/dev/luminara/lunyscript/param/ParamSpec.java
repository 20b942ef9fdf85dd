package dev.luminara.lunyscript.param;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.lunyscript.ArgumentException;

/**
 * A parameter's contract, applied the same way on every path (Java blocks, the reflective registry, Lua, WASM, MCP):
 * a missing value takes the default (or fails when required), then {@link #validate} checks the type, clamps numbers
 * into range, refuses strings outside the allowed values and unwraps object proxies.
 */
public sealed interface ParamSpec permits NumberParamSpec, BoolParamSpec, StringParamSpec, ObjectParamSpec {
    String name();

    boolean required();

    /** {@code number}, {@code bool}, {@code string} or {@code object}: the Lua-facing type. */
    String luaType();

    /** The Java type a validated value has: {@code double}, {@code boolean}, {@code String}, {@code Object}. */
    Class<?> nativeType();

    /** The value used when the caller passes none; null for objects without a default. */
    Object defaultValue();

    /** Checks a present value and returns it in canonical form; {@code verb} names the call in errors. */
    Object validate(String verb, Object value);

    /** Applies the default to a missing value, then validates. */
    default Object process(String verb, Object value) {
        if (value == null) {
            if (required()) {
                throw new ArgumentException(verb, name(), "required, missing");
            }
            Object d = defaultValue();
            return d == null ? null : validate(verb, d);
        }
        return validate(verb, value);
    }

    /** The JSON Schema of one value of this parameter (as MCP tool input schemas use). */
    ObjectNode jsonSchema();

    /** One line for reports and the lock file: {@code speed: number [0, 100] = 0}. */
    String describe();

    static String typeOf(Object value) {
        return value == null
                ? "nil"
                : value instanceof String s
                        ? "string '" + s + "'"
                        : value.getClass().getSimpleName();
    }
}
