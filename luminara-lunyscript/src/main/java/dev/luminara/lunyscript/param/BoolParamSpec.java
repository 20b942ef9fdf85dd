package dev.luminara.lunyscript.param;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.lunyscript.ArgumentException;

public record BoolParamSpec(String name, boolean defaultBool, boolean required) implements ParamSpec {
    @Override
    public String luaType() {
        return "bool";
    }

    @Override
    public Class<?> nativeType() {
        return boolean.class;
    }

    @Override
    public Object defaultValue() {
        return defaultBool;
    }

    @Override
    public Object validate(String verb, Object value) {
        if (!(value instanceof Boolean)) {
            throw new ArgumentException(verb, name, "expected true or false, got " + ParamSpec.typeOf(value));
        }
        return value;
    }

    @Override
    public ObjectNode jsonSchema() {
        ObjectNode s = Json.mapper().createObjectNode();
        s.put("type", "boolean");
        s.put("default", defaultBool);
        return s;
    }

    @Override
    public String describe() {
        return name + ": bool = " + defaultBool + (required ? " required" : "");
    }
}
