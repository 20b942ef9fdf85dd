package dev.luminara.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.registry.ApiBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code LuminaraVehicleService}, {@code JmeVehicleService}: one implementation per engine and domain, each method
 * validation ({@link ValidationStep}), arguments and transforms ({@link ArgumentStep}) and the direct call ({@link
 * InvocationStep}). A verb the engine does not bind throws, naming it.
 */
final class EngineServiceRule implements Rule {
    @Override
    public List<GeneratedFile> apply(Model model) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Model.Engine engine : model.engines) {
            for (Map.Entry<String, List<Semantic>> d : model.domains().entrySet()) {
                out.add(model.inEngine(engine, service(model, engine, d.getKey(), d.getValue())));
            }
        }
        return out;
    }

    private static TypeSpec service(Model model, Model.Engine engine, String domain, List<Semantic> semantics) {
        Fields fields = new Fields();
        List<MethodSpec> methods = new ArrayList<>();
        for (Semantic s : semantics) {
            MethodSpec.Builder m = ServiceInterfaceRule.signature(s)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC);
            Optional<ApiBinding> binding = engine.registry().find(s.name());
            if (binding.isEmpty()) {
                m.addStatement(
                        "throw new $T($T.$N + $S)",
                        LunyScriptException.class,
                        model.contract(domain),
                        Names.snake(s.name()),
                        " is not implemented on " + engine.name());
            } else {
                ApiBinding b = binding.get();
                m.addCode(ValidationStep.apply(model, s));
                ArgumentStep.Args args = ArgumentStep.apply(engine, b, fields);
                m.addCode(args.statements());
                m.addCode(InvocationStep.apply(model, b, args.values()));
                m.addJavadoc(
                        "$L: $L ($L)\n",
                        engine.name(),
                        b.target().describe(),
                        b.target().choice().rule());
            }
            methods.add(m.build());
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(EngineAdapter.class, "adapter")
                .addParameter(Descriptor.class, "descriptor")
                .addStatement("this.adapter = adapter");
        for (CodeBlock init : fields.init) ctor.addStatement(init);
        return TypeSpec.classBuilder(engine.service(domain))
                .addJavadoc(
                        "The $L domain on $L $L.\n",
                        domain,
                        engine.name(),
                        engine.target().adapter().info().version())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.serviceInterface(domain))
                .addField(EngineAdapter.class, "adapter", Modifier.PRIVATE, Modifier.FINAL)
                .addFields(fields.fields)
                .addMethod(ctor.build())
                .addMethods(methods)
                .build();
    }
}
