package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.script.ServiceSet;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code LuminaraServices.create(adapter, descriptor)}: every domain service of one engine, as a {@link ServiceSet}. */
final class ServiceSetRule implements Rule {
    @Override
    public List<GeneratedFile> apply(Model model) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Model.Engine engine : model.engines) {
            CodeBlock.Builder body = CodeBlock.builder().add("return $T.builder($S)", ServiceSet.class, engine.name());
            body.indent();
            for (String domain : model.domains().keySet()) {
                body.add(
                        "\n.add($T.SLOT, $T.class, new $T(adapter, descriptor))",
                        model.serviceInterface(domain),
                        model.serviceInterface(domain),
                        engine.service(domain));
            }
            body.add("\n.build();\n").unindent();
            ClassName name =
                    ClassName.get(engine.target().packageName(), engine.target().classPrefix() + "Services");
            TypeSpec type = TypeSpec.classBuilder(name)
                    .addJavadoc("The generated services of $L.\n", engine.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .build())
                    .addMethod(MethodSpec.methodBuilder("create")
                            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                            .returns(ServiceSet.class)
                            .addParameter(EngineAdapter.class, "adapter")
                            .addParameter(Descriptor.class, "descriptor")
                            .addCode(body.build())
                            .build())
                    .build();
            out.add(model.inEngine(engine, type));
        }
        return out;
    }
}
