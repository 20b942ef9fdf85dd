package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.InvalidRequestException;
import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Where the tools read intents and commands from their JSON forms: Jackson's failures become messages that name the
 * JSON path and say what was expected and what was given ({@code steps[0].offset.distance: expected a number, got
 * the string "far"}), never Jackson's own text with class names and {@code CoercionConfig} advice.
 */
final class JsonRead {
    private JsonRead() {}

    /** {@code json} as a {@code type}; {@code field} is the argument's path, which messages start with. */
    static <T> T read(String field, JsonNode json, Class<T> type) {
        try {
            return AiJson.read(json, type);
        } catch (InvalidRequestException e) {
            throw translate(field, json, e);
        }
    }

    static InvalidArgumentException translate(String field, JsonNode json, InvalidRequestException e) {
        if (!(e.getCause() instanceof JsonMappingException m)) {
            return new InvalidArgumentException(field, e.getMessage());
        }
        StringBuilder path = new StringBuilder(field);
        JsonNode node = json;
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
                node = node == null ? null : node.get(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
                node = node == null ? null : node.get(ref.getIndex());
            }
        }
        String where = path.toString();
        if (m instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return new InvalidArgumentException(
                    where,
                    "unknown member" + (known == null || known.isEmpty() ? "" : " (expected one of " + known + ")"));
        }
        if (m instanceof InvalidTypeIdException t) {
            return new InvalidArgumentException(
                    where + ".type",
                    "unknown type " + (t.getTypeId() == null ? "(missing)" : "'" + t.getTypeId() + "'"));
        }
        if (m instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            String message = firstLine(cause.getMessage());
            if (cause instanceof NullPointerException && message.matches("[A-Za-z]\\w*")) {
                // Objects.requireNonNull(member, "member") in a record's constructor
                return new InvalidArgumentException(where + "." + message, "required member missing");
            }
            return new InvalidArgumentException(where, message);
        }
        if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return new InvalidArgumentException(
                    where, "expected " + expected(mi.getTargetType()) + ", got " + given(node));
        }
        return new InvalidArgumentException(where, firstLine(m.getOriginalMessage()));
    }

    /** What a value of {@code type} looks like in JSON. */
    static String expected(Class<?> type) {
        if (type == Entity.class) return "an entity id (like 12v0)";
        if (type == Vec3.class) return "[x, y, z]";
        if (type == String.class || type == char.class || type == Character.class) return "a string";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            boolean integral = type == int.class
                    || type == long.class
                    || type == short.class
                    || type == byte.class
                    || type == Integer.class
                    || type == Long.class
                    || type == Short.class
                    || type == Byte.class;
            return integral ? "an integer" : "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants()).toUpperCase(Locale.ROOT);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "an array";
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) return "an object";
        return "a " + type.getSimpleName();
    }

    /** The value given, shown short. */
    static String given(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isNull()) return "null";
        if (node.isTextual()) {
            String t = node.textValue();
            return "the string " + AiJson.tree(t.length() > 60 ? t.substring(0, 60) + "…" : t);
        }
        if (node.isNumber()) return "the number " + node;
        if (node.isBoolean()) return node.booleanValue() ? "true" : "false";
        return Args.kind(node);
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid value";
        int cut = s.indexOf('\n');
        return cut > 0 ? s.substring(0, cut) : s;
    }
}
