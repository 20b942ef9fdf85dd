package dev.luminara.script.internal;

import dev.luminara.core.math.Vec3;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.ApiCallException;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;

/** Checks a call's arguments against an {@link ApiFunction}'s parameters, filling in defaults. */
public final class Arguments {
    private Arguments() {}

    public static List<ScriptValue> check(ApiBinding binding, List<ScriptValue> args) {
        ApiFunction f = binding.function();
        List<ApiParam> params = f.params();
        int n = args.size();
        if (n == params.size() && exact(params, args)) return args;
        // trailing nils are what Lua passes for left-out arguments
        while (n > 0 && n > f.minArity() && args.get(n - 1).isNil()) n--;
        if (n > params.size()) {
            throw new ApiCallException(binding.qualifiedName() + ": expected at most " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + ", got " + n + " (" + f.signature() + ")");
        }
        List<ScriptValue> out = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            ApiParam p = params.get(i);
            ScriptValue v = i < n ? args.get(i) : ScriptValue.NIL;
            if (v.isNil()) {
                if (p.optional()) {
                    out.add(p.defaultValue());
                    continue;
                }
                if (p.type() != ValueType.ANY) throw missing(binding, i);
            }
            out.add(checkOne(binding, i, p, v));
        }
        return out;
    }

    /** The common case: every argument given, of exactly its parameter's type, nothing to range-check. */
    private static boolean exact(List<ApiParam> params, List<ScriptValue> args) {
        for (int i = 0; i < params.size(); i++) {
            ApiParam p = params.get(i);
            if (p.hasRange() || p.type() != args.get(i).type() || p.type() == ValueType.NUMBER) return false;
        }
        return true;
    }

    private static ScriptValue checkOne(ApiBinding b, int i, ApiParam p, ScriptValue v) {
        if (!p.type().accepts(v.type())) {
            throw new ApiCallException(b.qualifiedName() + ": argument " + (i + 1) + " (" + p.name() + ") expected "
                    + p.type().label() + ", got " + v.type().label() + " " + shortText(v));
        }
        if (v instanceof ScriptValue.Number num) {
            double d = num.value();
            if (p.type() == ValueType.INTEGER && d != Math.rint(d)) {
                throw new ApiCallException(b.qualifiedName() + ": argument " + (i + 1) + " (" + p.name()
                        + ") expected an integer, got " + d);
            }
            if (Double.isNaN(d) || (p.min() != null && d < p.min()) || (p.max() != null && d > p.max())) {
                throw new ApiCallException(
                        b.qualifiedName() + ": argument " + (i + 1) + " (" + p.name() + ") must be within ["
                                + bound(p.min(), "-inf") + ", " + bound(p.max(), "inf") + "], got " + num);
            }
        }
        if (v instanceof ScriptValue.Vector vec && p.hasRange()) {
            checkVec3(b, i, vec.value().x(), vec.value().y(), vec.value().z());
        }
        return v;
    }

    /** The error for required argument {@code i} (0-based) of {@code b} left out. */
    public static ApiCallException missing(ApiBinding b, int i) {
        ApiFunction f = b.function();
        ApiParam p = f.params().get(i);
        return new ApiCallException(b.qualifiedName() + ": argument " + (i + 1) + " (" + p.name()
                + ") is missing: expected " + p.type().label() + " (" + f.signature() + ")");
    }

    /** Checks a vec3 argument {@code i} (0-based) of {@code b} against its parameter's range, if it has one. */
    public static void checkVec3(ApiBinding b, int i, float x, float y, float z) {
        ApiParam p = b.function().params().get(i);
        if (!p.hasRange()) return;
        if (outside(p, x) || outside(p, y) || outside(p, z)) {
            throw new ApiCallException(b.qualifiedName() + ": argument " + (i + 1) + " (" + p.name()
                    + ") components must be within [" + bound(p.min(), "-inf") + ", " + bound(p.max(), "inf")
                    + "], got " + new Vec3(x, y, z));
        }
    }

    private static boolean outside(ApiParam p, float c) {
        return (p.min() != null && c < p.min()) || (p.max() != null && c > p.max());
    }

    private static String bound(Double d, String none) {
        if (d == null) return none;
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String shortText(ScriptValue v) {
        String s = v.toString();
        return s.length() > 40 ? "'" + s.substring(0, 40) + "...'" : "'" + s + "'";
    }
}
