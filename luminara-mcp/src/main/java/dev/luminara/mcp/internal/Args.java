package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.AiJson;
import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A tool call's arguments, read with checks that name the field and what was expected. */
public final class Args {
    private static final Pattern ENTITY_ID = Pattern.compile("\\d{1,9}v\\d{1,9}");

    private final ObjectNode json;

    private Args(ObjectNode json) {
        this.json = json;
    }

    public static Args of(Map<String, Object> arguments) {
        if (arguments == null) return new Args(JsonNodeFactory.instance.objectNode());
        JsonNode node = AiJson.mapper().valueToTree(arguments);
        if (!(node instanceof ObjectNode o)) throw new InvalidArgumentException("arguments", "expected an object");
        return new Args(o);
    }

    public ObjectNode json() {
        return json;
    }

    public boolean has(String name) {
        JsonNode n = json.get(name);
        return n != null && !n.isNull();
    }

    /** Refuses members the tool does not know (the schema says so too; this guards direct callers). */
    public Args only(String... names) {
        List<String> known = List.of(names);
        var it = json.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!known.contains(f))
                throw new InvalidArgumentException(f, "unknown argument (expected one of " + known + ")");
        }
        return this;
    }

    public String string(String name) {
        return optString(name).orElseThrow(() -> new InvalidArgumentException(name, "required string missing"));
    }

    public Optional<String> optString(String name) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.isTextual()) throw new InvalidArgumentException(name, "expected a string, got " + kind(n));
        if (n.textValue().isBlank()) throw new InvalidArgumentException(name, "expected a non-empty string");
        if (n.textValue().length() > 100_000) throw new InvalidArgumentException(name, "string too long");
        return Optional.of(n.textValue());
    }

    public int integer(String name, int min, int max, int fallback) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) return fallback;
        return checkedInt(name, n, min, max);
    }

    public int requiredInt(String name, int min, int max) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) throw new InvalidArgumentException(name, "required integer missing");
        return checkedInt(name, n, min, max);
    }

    public long requiredLong(String name, long min) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) throw new InvalidArgumentException(name, "required integer missing");
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min) {
            throw new InvalidArgumentException(name, "expected an integer >= " + min + ", got " + n);
        }
        return n.longValue();
    }

    private static int checkedInt(String name, JsonNode n, int min, int max) {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw new InvalidArgumentException(name, "expected an integer in " + min + ".." + max + ", got " + n);
        }
        return n.intValue();
    }

    public boolean bool(String name, boolean fallback) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) return fallback;
        if (!n.isBoolean()) throw new InvalidArgumentException(name, "expected true or false, got " + kind(n));
        return n.booleanValue();
    }

    public ObjectNode object(String name) {
        return optObject(name).orElseThrow(() -> new InvalidArgumentException(name, "required object missing"));
    }

    public Optional<ObjectNode> optObject(String name) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) return Optional.empty();
        if (!(n instanceof ObjectNode o))
            throw new InvalidArgumentException(name, "expected an object, got " + kind(n));
        return Optional.of(o);
    }

    public ArrayNode array(String name, int maxItems) {
        return optArray(name, maxItems).orElseThrow(() -> new InvalidArgumentException(name, "required array missing"));
    }

    public Optional<ArrayNode> optArray(String name, int maxItems) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) return Optional.empty();
        if (!(n instanceof ArrayNode a)) throw new InvalidArgumentException(name, "expected an array, got " + kind(n));
        if (a.size() > maxItems) throw new InvalidArgumentException(name, "at most " + maxItems + " items");
        return Optional.of(a);
    }

    public List<String> strings(String name, int maxItems) {
        List<String> out = new ArrayList<>();
        Optional<ArrayNode> a = optArray(name, maxItems);
        if (a.isEmpty()) return out;
        for (int i = 0; i < a.get().size(); i++) {
            JsonNode n = a.get().get(i);
            if (!n.isTextual() || n.textValue().isBlank()) {
                throw new InvalidArgumentException(name + "[" + i + "]", "expected a non-empty string");
            }
            out.add(n.textValue());
        }
        return out;
    }

    public Optional<Vec3> optVec3(String name) {
        JsonNode n = json.get(name);
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.isArray() || n.size() != 3) throw new InvalidArgumentException(name, "expected [x, y, z]");
        float[] v = new float[3];
        for (int i = 0; i < 3; i++) {
            JsonNode c = n.get(i);
            if (!c.isNumber() || !Double.isFinite(c.doubleValue()) || Math.abs(c.doubleValue()) > Numbers.LIMIT) {
                throw new InvalidArgumentException(name, "expected [x, y, z] of finite numbers within +-1e6, got " + n);
            }
            v[i] = (float) c.doubleValue();
        }
        return Optional.of(new Vec3(v[0], v[1], v[2]));
    }

    /** True when {@code text} has the form of an entity id ({@code 12v0}). */
    public static boolean looksLikeId(String text) {
        return ENTITY_ID.matcher(text).matches();
    }

    public static Entity parseId(String field, String text) {
        try {
            return Entity.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidArgumentException(field, "expected an entity id like 12v0, got '" + text + "'");
        }
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        if (n.isArray()) return "an array";
        if (n.isObject()) return "an object";
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
