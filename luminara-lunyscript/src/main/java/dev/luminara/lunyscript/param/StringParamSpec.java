package dev.luminara.lunyscript.param;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.core.schema.Suggest;
import dev.luminara.lunyscript.ArgumentException;
import java.util.List;

/** A string; when {@code allowed} is not empty, only those values (an enum-like contract). */
public record StringParamSpec(String name, String defaultString, List<String> allowed, boolean required)
        implements ParamSpec {
    public StringParamSpec {
        allowed = List.copyOf(allowed);
    }

    @Override
    public String luaType() {
        return "string";
    }

    @Override
    public Class<?> nativeType() {
        return String.class;
    }

    @Override
    public Object defaultValue() {
        return defaultString;
    }

    @Override
    public Object validate(String verb, Object value) {
        if (!(value instanceof CharSequence cs)) {
            throw new ArgumentException(verb, name, "expected a string, got " + ParamSpec.typeOf(value));
        }
        return check(verb, cs.toString());
    }

    public String check(String verb, String s) {
        if (!allowed.isEmpty() && !allowed.contains(s)) {
            throw new ArgumentException(
                    verb, name, "'" + s + "' is not one of " + allowed + Suggest.didYouMean(s, allowed));
        }
        return s;
    }

    @Override
    public ObjectNode jsonSchema() {
        ObjectNode s = Json.mapper().createObjectNode();
        s.put("type", "string");
        if (!allowed.isEmpty()) allowed.forEach(s.putArray("enum")::add);
        if (defaultString != null) s.put("default", defaultString);
        return s;
    }

    @Override
    public String describe() {
        return name + ": string" + (allowed.isEmpty() ? "" : " " + allowed)
                + (defaultString == null ? "" : " = '" + defaultString + "'") + (required ? " required" : "");
    }
}
