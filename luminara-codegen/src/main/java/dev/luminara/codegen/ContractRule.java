package dev.luminara.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.BoolParamSpec;
import dev.luminara.lunyscript.param.NumberParamSpec;
import dev.luminara.lunyscript.param.ObjectParamSpec;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.param.ParamSpecs;
import dev.luminara.lunyscript.param.StringParamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code VehicleContract}: each parameter's {@link ParamSpec} as a constant baked from the descriptor, and each verb's
 * qualified name. Generated services validate through these, the same code the reflective path runs.
 */
final class ContractRule implements Rule {
    @Override
    public List<GeneratedFile> apply(Model model) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Map.Entry<String, List<Semantic>> d : model.domains().entrySet()) {
            TypeSpec.Builder type = TypeSpec.classBuilder(model.contract(d.getKey()))
                    .addJavadoc("The semantic contracts of the $L domain.\n", d.getKey())
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .build());
            for (Semantic s : d.getValue()) {
                type.addField(FieldSpec.builder(
                                String.class, Names.snake(s.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", s.qualifiedName())
                        .build());
                for (ParamDef p : s.params()) {
                    ParamSpec spec = ParamSpecs.of(p);
                    type.addField(FieldSpec.builder(
                                    spec.getClass(),
                                    Names.specConstant(s, p),
                                    Modifier.PUBLIC,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer(construct(spec))
                            .build());
                }
            }
            out.add(model.common(type.build()));
        }
        return out;
    }

    /** A constructor call that rebuilds {@code spec}; an exhaustive chain over the sealed ParamSpec. */
    static CodeBlock construct(ParamSpec spec) {
        if (spec instanceof NumberParamSpec n) {
            return CodeBlock.of(
                    "new $T($S, $L, $L, $L, $L, $L)",
                    NumberParamSpec.class,
                    n.name(),
                    number(n.min()),
                    number(n.max()),
                    number(n.defaultNumber()),
                    n.required(),
                    n.integer());
        }
        if (spec instanceof BoolParamSpec b) {
            return CodeBlock.of("new $T($S, $L, $L)", BoolParamSpec.class, b.name(), b.defaultBool(), b.required());
        }
        if (spec instanceof StringParamSpec s) {
            CodeBlock allowed = CodeBlock.join(
                    s.allowed().stream().map(a -> CodeBlock.of("$S", a)).toList(), ", ");
            return CodeBlock.of(
                    "new $T($S, $S, $T.of($L), $L)",
                    StringParamSpec.class,
                    s.name(),
                    s.defaultString(),
                    List.class,
                    allowed,
                    s.required());
        }
        if (spec instanceof ObjectParamSpec o) {
            Object d = o.defaultObject();
            return CodeBlock.of(
                    "new $T($S, $S, $L, $L)",
                    ObjectParamSpec.class,
                    o.name(),
                    o.expectedType(),
                    d == null ? "null" : d instanceof String ? CodeBlock.of("$S", d) : d,
                    o.required());
        }
        throw new IllegalStateException("unhandled ParamSpec " + spec);
    }

    static CodeBlock number(double v) {
        if (v == Double.POSITIVE_INFINITY) return CodeBlock.of("$T.POSITIVE_INFINITY", Double.class);
        if (v == Double.NEGATIVE_INFINITY) return CodeBlock.of("$T.NEGATIVE_INFINITY", Double.class);
        return CodeBlock.of("$L", Double.toString(v));
    }
}
