package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;

/**
 * First statements of a generated service method: each parameter through its contract constant (numbers clamped,
 * strings checked against allowed values and defaulted, objects unwrapped). Booleans need no check.
 */
final class ValidationStep {
    private ValidationStep() {}

    static CodeBlock apply(Model model, Semantic s) {
        ClassName contract = model.contract(s.domain());
        CodeBlock.Builder b = CodeBlock.builder();
        for (ParamDef p : s.params()) {
            String spec = Names.specConstant(s, p);
            String verb = Names.snake(s.name());
            switch (ParamDef.canonicalType(p.type())) {
                case "number":
                    b.addStatement("$N = $T.$N.clamp($T.$N, $N)", p.name(), contract, spec, contract, verb, p.name());
                    break;
                case "string":
                    b.addStatement(
                            "$N = ($T) $T.$N.process($T.$N, $N)",
                            p.name(),
                            String.class,
                            contract,
                            spec,
                            contract,
                            verb,
                            p.name());
                    break;
                case "object":
                    b.addStatement("$N = $T.$N.process($T.$N, $N)", p.name(), contract, spec, contract, verb, p.name());
                    break;
                default:
                    break;
            }
        }
        return b.build();
    }
}
