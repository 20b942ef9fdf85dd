package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.ParamSpecs;
import dev.luminara.lunyscript.verb.Verb;
import dev.luminara.lunyscript.verb.VerbTable;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code GeneratedVerbs.register(table, descriptor)}: the {@code exposed_to_lua} verbs as {@link Verb}s calling the
 * generated services: what Lua, WASM and tools reach through the one {@link VerbTable} registration path.
 */
final class VerbRegistrationRule implements Rule {
    @Override
    public List<GeneratedFile> apply(Model model) {
        MethodSpec.Builder register = MethodSpec.methodBuilder("register")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(VerbTable.class)
                .addParameter(VerbTable.class, "table")
                .addParameter(Descriptor.class, "descriptor");
        for (Semantic s : model.descriptor.semantics().values()) {
            if (!s.exposedToLua()) continue;
            ClassName contract = model.contract(s.domain());
            List<CodeBlock> specs = new ArrayList<>();
            List<CodeBlock> args = new ArrayList<>();
            args.add(CodeBlock.of("context.object()"));
            for (int i = 0; i < s.params().size(); i++) {
                ParamDef p = s.params().get(i);
                specs.add(CodeBlock.of("$T.$N", contract, Names.specConstant(s, p)));
                args.add(new Value(CodeBlock.of("args[$L]", i), Object.class)
                        .as(ParamSpecs.of(p).nativeType()));
            }
            CodeBlock call = CodeBlock.of(
                    "context.service($T.class).$N($L)",
                    model.serviceInterface(s.domain()),
                    Names.method(s),
                    CodeBlock.join(args, ", "));
            CodeBlock invoker = s.returnsValue()
                    ? CodeBlock.of("(context, args) -> $L", call)
                    : CodeBlock.of("(context, args) -> {\n$>$L;\nreturn null;\n$<}", call);
            register.addStatement(
                    "table.add(new $T($T.semantic(descriptor, $S), $T.of($L), $L))",
                    Verb.class,
                    VerbTable.class,
                    s.name(),
                    List.class,
                    CodeBlock.join(specs, ", "),
                    invoker);
        }
        register.addStatement("return table");
        TypeSpec type = TypeSpec.classBuilder(ClassName.get(model.commonPackage, "GeneratedVerbs"))
                .addJavadoc("The verbs scripts and tools may call, bound to the generated services.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(register.build())
                .build();
        return List.of(model.common(type));
    }
}
