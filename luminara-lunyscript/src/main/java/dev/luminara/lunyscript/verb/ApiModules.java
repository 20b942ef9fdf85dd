package dev.luminara.lunyscript.verb;

import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.BoolParamSpec;
import dev.luminara.lunyscript.param.NumberParamSpec;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.param.StringParamSpec;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.script.ApiCallException;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.ApiParam;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@link VerbTable} as the scripting layer's {@link ApiModule}s: one module per domain ({@code Vehicle}), one
 * function per verb ({@code SetSpeed}), so Lua scripts call {@code Vehicle.SetSpeed(50)} and WASM modules import
 * {@code "Vehicle.SetSpeed"} from {@code luminara}. The same table, generated or reflective, serves both runtimes, and
 * every call goes through {@link Verb#call}: the contract's clamps, defaults and allowed values, not the bridge's
 * range refusal (parameters are declared without ranges for that reason; the ranges are in the descriptions and in
 * each verb's JSON Schema).
 */
public final class ApiModules {
    private ApiModules() {}

    /** @param contexts the LunyScript context of the calling script's entity ({@code CallContext.entity()}) */
    public static List<ApiModule> of(VerbTable table, Function<CallContext, ScriptContext> contexts) {
        Map<String, ApiModule.Builder> modules = new TreeMap<>();
        for (Verb verb : table.verbs()) {
            Semantic s = verb.semantic();
            modules.computeIfAbsent(s.domain(), d -> ApiModule.builder(d).description("LunyScript " + d + " verbs"))
                    .function(function(verb, contexts));
        }
        List<ApiModule> out = new ArrayList<>();
        modules.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static ApiFunction function(Verb verb, Function<CallContext, ScriptContext> contexts) {
        Semantic s = verb.semantic();
        List<ApiParam> params = new ArrayList<>();
        int lastRequired = -1;
        for (int i = 0; i < verb.params().size(); i++) if (verb.params().get(i).required()) lastRequired = i;
        for (int i = 0; i < verb.params().size(); i++) {
            ParamSpec p = verb.params().get(i);
            ApiParam param = ApiParam.of(p.name(), type(p), p.describe());
            // Trailing optional parameters may be left out; the contract fills in their defaults.
            if (i > lastRequired && p.defaultValue() != null) param = param.withDefault(value(p.defaultValue()));
            params.add(param);
        }
        ValueType returns = s.returnsValue() ? type(s.returns()) : ValueType.NIL;
        return new ApiFunction(s.name(), params, returns, s.description(), (call, args) -> {
            Object[] in = new Object[args.size()];
            for (int i = 0; i < in.length; i++) in[i] = java(args.get(i));
            try {
                return value(verb.call(contexts.apply(call), in));
            } catch (LunyScriptException e) {
                throw new ApiCallException(e.getMessage(), e);
            }
        });
    }

    static ValueType type(ParamSpec p) {
        if (p instanceof NumberParamSpec n) return n.integer() ? ValueType.INTEGER : ValueType.NUMBER;
        if (p instanceof BoolParamSpec) return ValueType.BOOL;
        if (p instanceof StringParamSpec) return ValueType.STRING;
        return ValueType.ANY;
    }

    static ValueType type(String returns) {
        switch (returns) {
            case "number":
                return ValueType.NUMBER;
            case "bool":
                return ValueType.BOOL;
            default:
                return ValueType.STRING;
        }
    }

    static Object java(ScriptValue v) {
        if (v instanceof ScriptValue.Nil) return null;
        if (v instanceof ScriptValue.Number n) return n.value();
        if (v instanceof ScriptValue.Bool b) return b.value();
        if (v instanceof ScriptValue.Text t) return t.value();
        if (v instanceof ScriptValue.EntityRef e) return e.entity();
        if (v instanceof ScriptValue.Vector vec) return vec.value();
        return v;
    }

    static ScriptValue value(Object o) {
        if (o == null) return ScriptValue.NIL;
        if (o instanceof Number n) return ScriptValue.of(n.doubleValue());
        if (o instanceof Boolean b) return ScriptValue.of(b);
        return ScriptValue.of(o.toString());
    }
}
