package dev.luminara.script.internal;

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
                if (p.type() != ValueType.ANY) {
                    throw new ApiCallException(binding.qualifiedName() + ": argument " + (i + 1) + " (" + p.name()
                            + ") is missing: expected " + p.type().label() + " (" + f.signature() + ")");
                }
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
            float[] parts = {vec.value().x(), vec.value().y(), vec.value().z()};
            for (float c : parts) {
                if ((p.min() != null && c < p.min()) || (p.max() != null && c > p.max())) {
                    throw new ApiCallException(b.qualifiedName() + ": argument " + (i + 1) + " (" + p.name()
                            + ") components must be within [" + bound(p.min(), "-inf") + ", " + bound(p.max(), "inf")
                            + "], got "
                            + vec.value());
                }
            }
        }
        return v;
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
