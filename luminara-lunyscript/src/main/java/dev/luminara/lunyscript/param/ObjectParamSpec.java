package dev.luminara.lunyscript.param;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.lunyscript.NativeObjectProxy;

/**
 * Any object; a LunyScript proxy ({@link NativeObjectProxy}) is unwrapped to its native engine object so that the
 * engine member receives what it expects. {@code expectedType} names the type for people and agents.
 */
public record ObjectParamSpec(String name, String expectedType, Object defaultObject, boolean required)
        implements ParamSpec {
    @Override
    public String luaType() {
        return "object";
    }

    @Override
    public Class<?> nativeType() {
        return Object.class;
    }

    @Override
    public Object defaultValue() {
        return defaultObject;
    }

    @Override
    public Object validate(String verb, Object value) {
        return value instanceof NativeObjectProxy p ? p.nativeObject() : value;
    }

    @Override
    public ObjectNode jsonSchema() {
        ObjectNode s = Json.mapper().createObjectNode();
        s.put("description", "a " + expectedType + ", named by a string");
        return s;
    }

    @Override
    public String describe() {
        return name + ": " + expectedType + (required ? " required" : "");
    }
}
