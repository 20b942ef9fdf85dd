package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.script.ScriptBlock;
import dev.luminara.lunyscript.script.ScriptContext;
import dev.luminara.lunyscript.script.ValueBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code Vehicle}: the engine-agnostic Java script API of a domain. {@code Vehicle.setSpeed(50)} makes a block that
 * calls {@code VehicleService.setSpeed} on the context's object (the service read from the domain's slot of the
 * context's service set: engine-neutral, the slot is filled by each engine's generated services); query verbs make
 * value blocks. Validation happens in the service, so a block, a Lua call and a direct call all meet the same checks.
 */
final class BlocksRule implements Rule {
    @Override
    public List<GeneratedFile> apply(Model model) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Map.Entry<String, List<Semantic>> d : model.domains().entrySet()) {
            ClassName service = model.serviceInterface(d.getKey());
            TypeSpec.Builder type = TypeSpec.classBuilder(model.blocks(d.getKey()))
                    .addJavadoc("LunyScript blocks of the $L domain.\n", d.getKey())
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .build())
                    .addMethod(lookup(service));
            for (Semantic s : d.getValue()) {
                type.addMethod(factory(s));
                type.addType(block(s, service));
            }
            out.add(model.common(type.build()));
        }
        return out;
    }

    /**
     * {@code serviceIn(context)}: the domain's slot in the context's service set (one array load and a type test the
     * JIT turns into a class compare), else the checked {@code ScriptContext.service(Class)}, which finds a service
     * kept in another slot or says which one is missing. Generated per domain so the type test's profile is its own.
     */
    private static MethodSpec lookup(ClassName service) {
        return MethodSpec.methodBuilder("serviceIn")
                .addJavadoc(
                        "The context's $T: its slot, else the checked lookup (which names what is missing).\n", service)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(service)
                .addParameter(ScriptContext.class, "context")
                .addStatement(
                        "return context.serviceSlot($T.SLOT) instanceof $T s$>$>\n? s\n: context.service($T.class)$<$<",
                        service,
                        service,
                        service)
                .build();
    }

    static TypeName blockType(Semantic s) {
        return s.returnsValue()
                ? ParameterizedTypeName.get(ClassName.get(ValueBlock.class), Names.boxedReturn(s))
                : ClassName.get(ScriptBlock.class);
    }

    private static MethodSpec factory(Semantic s) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(Names.method(s))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(blockType(s));
        if (!s.description().isEmpty()) m.addJavadoc("$L.\n", s.description());
        List<CodeBlock> args = new ArrayList<>();
        for (ParamDef p : s.params()) {
            m.addParameter(Names.paramType(p), p.name());
            args.add(CodeBlock.of("$N", p.name()));
        }
        return m.addStatement("return new $L($L)", Names.blockClass(s), CodeBlock.join(args, ", "))
                .build();
    }

    private static TypeSpec block(Semantic s, ClassName service) {
        TypeSpec.Builder b = TypeSpec.classBuilder(Names.blockClass(s))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(blockType(s));
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("context.object()"));
        for (ParamDef p : s.params()) {
            b.addField(FieldSpec.builder(Names.paramType(p), p.name(), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
            ctor.addParameter(Names.paramType(p), p.name()).addStatement("this.$N = $N", p.name(), p.name());
            args.add(CodeBlock.of("$N", p.name()));
        }
        b.addMethod(ctor.build());
        CodeBlock call = CodeBlock.of("serviceIn(context).$L($L)", Names.method(s), CodeBlock.join(args, ", "));
        MethodSpec.Builder run = MethodSpec.methodBuilder(s.returnsValue() ? "evaluate" : "execute")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ScriptContext.class, "context");
        if (s.returnsValue()) {
            run.returns(Names.boxedReturn(s)).addStatement("return $L", call);
        } else {
            run.addStatement("$L", call);
        }
        return b.addMethod(run.build()).build();
    }
}
