package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.luminara.lunyscript.VerbCallException;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.LuaTransforms;
import dev.luminara.lunyscript.transform.BuiltinTransformation;
import dev.luminara.lunyscript.transform.Clamp;
import dev.luminara.lunyscript.transform.LookupAsset;
import dev.luminara.lunyscript.transform.LookupObject;
import dev.luminara.lunyscript.transform.LuaFunctionTransformation;
import dev.luminara.lunyscript.transform.Normalize;
import dev.luminara.lunyscript.transform.Scale;
import dev.luminara.lunyscript.transform.ToVector;
import dev.luminara.lunyscript.transform.Transformation;
import java.util.ArrayList;
import java.util.List;

/**
 * The target's arguments: semantic parameters and engine-side extras, through their transforms, converted to the
 * target's parameter types. Built-in transforms are baked in as Java; lookups and Lua functions become fields
 * created once per service.
 */
final class ArgumentStep {
    record Args(CodeBlock statements, List<CodeBlock> values) {}

    private ArgumentStep() {}

    static Args apply(Model.Engine engine, ApiBinding b, Fields fields) {
        CodeBlock.Builder statements = CodeBlock.builder();
        List<Value> values = new ArrayList<>();
        List<ParamDef> params = b.semantic().params();
        for (int i = 0; i < params.size(); i++) {
            Value v = new Value(
                    CodeBlock.of("$N", params.get(i).name()),
                    b.paramSpecs().get(i).nativeType());
            values.add(
                    transform(engine, b, b.paramTransform(i), v, params.get(i).name(), fields));
        }
        for (int i = 0; i < b.extraParams().size(); i++) {
            ParamSpec extra = b.extraParams().get(i);
            Value v = literal(extra.defaultValue());
            values.add(transform(engine, b, b.extraTransform(i), v, extra.name(), fields));
        }
        Transformation verb = b.verbTransform();
        if (verb instanceof ToVector t && t.axis() == ToVector.Axis.XYZ) {
            values = List.of(vector(
                    t,
                    values.get(0).asFloat(),
                    values.get(1).asFloat(),
                    values.get(2).asFloat()));
        } else if (verb instanceof LuaFunctionTransformation) {
            String field = fields.add(
                    Transformation.class,
                    Names.method(b.semantic()) + "Transform",
                    CodeBlock.of(
                            "$T.verb(descriptor, $S, $S)",
                            LuaTransforms.class,
                            engine.name(),
                            b.semantic().name()));
            List<CodeBlock> boxed = values.stream().map(Value::expr).toList();
            statements.addStatement(
                    "$T[] out = $N.applyAll(new $T[] {$L})",
                    Object.class,
                    field,
                    Object.class,
                    CodeBlock.join(boxed, ", "));
            int n = b.target().parameterTypes().size();
            statements
                    .beginControlFlow("if (out.length != $L)", n)
                    .addStatement(
                            "throw new $T($S + out.length)",
                            VerbCallException.class,
                            b.qualifiedName() + ": the Lua transform must return " + n + " value(s), got ")
                    .endControlFlow();
            values = new ArrayList<>();
            for (int i = 0; i < n; i++) values.add(Value.of(Object.class, "out[$L]", i));
        } else if (verb != null) {
            values = List.of(transform(engine, b, verb, values.get(0), "", fields));
        }
        List<Class<?>> types = b.target().parameterTypes();
        List<CodeBlock> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) out.add(values.get(i).as(types.get(i)));
        return new Args(statements.build(), out);
    }

    private static Value literal(Object v) {
        if (v instanceof Boolean b) return Value.of(boolean.class, "$L", b);
        if (v instanceof Number n) return Value.of(double.class, "$L", ContractRule.number(n.doubleValue()));
        if (v instanceof String s) return Value.of(String.class, "$S", s);
        return Value.of(Object.class, "null");
    }

    /** One value through one transform; an exhaustive chain over the built-ins, plus Lua functions. */
    private static Value transform(
            Model.Engine engine, ApiBinding b, Transformation t, Value v, String param, Fields fields) {
        if (t == null) return v;
        String fieldName = Names.method(b.semantic()) + capitalise(param) + "Transform";
        if (t instanceof LuaFunctionTransformation) {
            fields.add(
                    Transformation.class,
                    fieldName,
                    CodeBlock.of(
                            "$T.param(descriptor, $S, $S, $S)",
                            LuaTransforms.class,
                            engine.name(),
                            b.semantic().name(),
                            param));
            return Value.of(Object.class, "$N.apply($L)", fieldName, v.expr());
        }
        if (!(t instanceof BuiltinTransformation builtin)) {
            throw new CodegenException(b.qualifiedName() + " on " + engine.name() + ": transform " + t.describe()
                    + " has no generator rule (only built-ins and Lua functions can be generated)");
        }
        return builtin(builtin, v, fieldName, fields);
    }

    static Value builtin(BuiltinTransformation t, Value v, String fieldName, Fields fields) {
        if (t instanceof Scale s) {
            return Value.of(double.class, "$L * $L", v.wrap(), ContractRule.number(s.factor()));
        }
        if (t instanceof Clamp c) {
            return Value.of(
                    double.class,
                    "$T.min($L, $T.max($L, $L))",
                    Math.class,
                    ContractRule.number(c.max()),
                    Math.class,
                    ContractRule.number(c.min()),
                    v.asDouble());
        }
        if (t instanceof Normalize n) {
            return Value.of(
                    double.class,
                    "($L - $L) / $L",
                    v.asDouble(),
                    ContractRule.number(n.min()),
                    ContractRule.number(n.max() - n.min()));
        }
        if (t instanceof ToVector vec) {
            CodeBlock f = v.asFloat();
            if (vec.axis() == ToVector.Axis.FORWARD) {
                return vector(vec, CodeBlock.of("0f"), CodeBlock.of("0f"), CodeBlock.of("-$L", f));
            }
            if (vec.axis() == ToVector.Axis.UP) return vector(vec, CodeBlock.of("0f"), f, CodeBlock.of("0f"));
            throw new CodegenException("ToVector3 takes three arguments and applies to the whole verb only");
        }
        if (t instanceof LookupAsset a) {
            Class<?> type = a.type() == null ? Object.class : a.type();
            fields.add(
                    LookupAsset.class,
                    fieldName,
                    CodeBlock.of(
                            "new $T(adapter, $T.class)",
                            LookupAsset.class,
                            ClassName.get(type.isPrimitive() ? Object.class : type)));
            return new Value(new Value(CodeBlock.of("$N.apply($L)", fieldName, v.expr()), Object.class).as(type), type);
        }
        if (t instanceof LookupObject) {
            fields.add(LookupObject.class, fieldName, CodeBlock.of("new $T(adapter)", LookupObject.class));
            return Value.of(Object.class, "$N.apply($L)", fieldName, v.expr());
        }
        throw new IllegalStateException("unhandled built-in transform " + t);
    }

    private static Value vector(ToVector t, CodeBlock x, CodeBlock y, CodeBlock z) {
        return Value.of(t.vectorType(), "new $T($L, $L, $L)", ClassName.get(t.vectorType()), x, y, z);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
