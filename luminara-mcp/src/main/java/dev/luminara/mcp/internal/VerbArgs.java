package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code verb_call}'s {@code args}: positional, in the verb's parameter order. A verb whose parameters are exactly
 * three numbers {@code x, y, z} (Transform.MoveBy, RotateBy, SetPosition) also takes them as one {@code [x, y, z]},
 * which is spread; any other array where a number is expected is refused with the call's right form.
 */
final class VerbArgs {
    private VerbArgs() {}

    /** The verbs' signatures from their descriptors, for the schema: {@code Transform.MoveBy(x?, y?, z?)}. */
    static String signatures(List<Semantic> verbs) {
        return verbs.stream()
                .filter(s -> !s.params().isEmpty())
                .map(s -> s.qualifiedName()
                        + s.params().stream().map(VerbArgs::param).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(" "));
    }

    private static String param(ParamDef p) {
        String type = ParamDef.canonicalType(p.type());
        return p.name() + (type.equals("number") ? "" : ":" + type) + (p.required() ? "" : "?");
    }

    static List<ScriptValue> of(String verb, ApiFunction f, ArrayNode json) {
        List<JsonNode> given = new ArrayList<>();
        if (json != null) json.forEach(given::add);
        if (given.size() == 1 && takesXyz(f) && isVec3(given.get(0))) {
            given = new ArrayList<>();
            json.get(0).forEach(given::add); // [[1, 0, 0]] is [1, 0, 0]
        }
        int n = given.size();
        if (n < f.minArity() || n > f.maxArity()) {
            String arity = f.minArity() == f.maxArity() ? "" + f.minArity() : f.minArity() + ".." + f.maxArity();
            throw new InvalidArgumentException(
                    "args", verb + " takes " + arity + " arguments, got " + n + "; call it as " + usage(f));
        }
        List<ScriptValue> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ApiParam p = f.params().get(i);
            out.add(value(verb, f, "args[" + i + "] (" + p.name() + ")", p, given.get(i)));
        }
        return out;
    }

    /** {@code args [x, y, z]} (optional parameters in brackets). */
    static String usage(ApiFunction f) {
        if (f.params().isEmpty()) return "no args";
        return f.params().stream()
                .map(p -> p.optional() ? p.name() + "?" : p.name())
                .collect(Collectors.joining(", ", "args [", "]"));
    }

    private static boolean takesXyz(ApiFunction f) {
        List<ApiParam> ps = f.params();
        if (ps.size() != 3) return false;
        for (int i = 0; i < 3; i++) {
            ApiParam p = ps.get(i);
            if (!p.name().equalsIgnoreCase(String.valueOf("xyz".charAt(i)))) return false;
            if (p.type() != ValueType.NUMBER && p.type() != ValueType.INTEGER) return false;
        }
        return true;
    }

    private static boolean isVec3(JsonNode v) {
        return v.isArray()
                && v.size() == 3
                && v.get(0).isNumber()
                && v.get(1).isNumber()
                && v.get(2).isNumber();
    }

    private static ScriptValue value(String verb, ApiFunction f, String field, ApiParam p, JsonNode v) {
        if (v.isNumber() || v.isArray()) Numbers.check(field, v);
        boolean number = p.type() == ValueType.NUMBER || p.type() == ValueType.INTEGER;
        if (number && !v.isNumber()) {
            throw new InvalidArgumentException(
                    field, "expected a number, got " + Args.kind(v) + "; call " + verb + " as " + usage(f));
        }
        if (p.type() == ValueType.VEC3 && !isVec3(v)) {
            throw new InvalidArgumentException(field, "expected [x, y, z], got " + Args.kind(v));
        }
        if (v.isNumber()) return ScriptValue.of(v.doubleValue());
        if (v.isBoolean()) return ScriptValue.of(v.booleanValue());
        if (v.isTextual()) return ScriptValue.of(v.textValue());
        if (isVec3(v)) {
            return ScriptValue.of(
                    new Vec3((float) v.get(0).doubleValue(), (float) v.get(1).doubleValue(), (float)
                            v.get(2).doubleValue()));
        }
        throw new InvalidArgumentException(field, "expected a number, boolean, string or [x, y, z]");
    }
}
