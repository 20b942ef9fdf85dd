package dev.luminara.codegen;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code VehicleService}: one method per verb of the domain, shared by every engine's implementation, and the
 * domain's {@code SLOT} in a {@code ServiceSet} (its index among the descriptor's domains), which lets a generated
 * block find its service with an array load.
 */
final class ServiceInterfaceRule implements Rule {
    @Override
    public List<GeneratedFile> apply(Model model) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Map.Entry<String, List<Semantic>> d : model.domains().entrySet()) {
            TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.serviceInterface(d.getKey()))
                    .addJavadoc("What an engine implements for the $L domain.\n", d.getKey())
                    .addModifiers(Modifier.PUBLIC)
                    .addField(FieldSpec.builder(int.class, "SLOT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                            .addJavadoc("This domain's slot in a {@code ServiceSet}; generated blocks read it.\n")
                            .initializer("$L", slot(model, d.getKey()))
                            .build());
            for (Semantic s : d.getValue()) {
                type.addMethod(signature(s)
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .build());
            }
            out.add(model.common(type.build()));
        }
        return out;
    }

    /** The domain's index in the descriptor's sorted domains: the same for every engine of one descriptor. */
    static int slot(Model model, String domain) {
        return model.domains().headMap(domain).size();
    }

    /** {@code double getSpeed(LunyObject object)}; reused by the engine services. */
    static MethodSpec.Builder signature(Semantic s) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(Names.method(s)).returns(Names.returnType(s));
        if (!s.description().isEmpty()) m.addJavadoc("$L.\n", s.description());
        m.addParameter(LunyObject.class, "object");
        for (ParamDef p : s.params()) m.addParameter(Names.paramType(p), p.name());
        return m;
    }
}
