package dev.luminara.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.BindingStrategy;
import dev.luminara.lunyscript.registry.Receivers;
import dev.luminara.lunyscript.registry.ResolvedTarget;
import java.util.List;

/**
 * The receiver, found by the binding's strategy through the same {@link Receivers} the reflective path uses, then the
 * direct call, field write or read; query results are converted to the contract's type.
 */
final class InvocationStep {
    private InvocationStep() {}

    static CodeBlock apply(Model model, ApiBinding b, List<CodeBlock> args) {
        ResolvedTarget t = b.target();
        ClassName type = ClassName.get(t.type());
        ClassName contract = model.contract(b.semantic().domain());
        String verb = Names.snake(b.semantic().name());
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock receiver;
        BindingStrategy strategy = t.strategy();
        if (strategy == BindingStrategy.STATIC) {
            receiver = CodeBlock.of("$T", type);
        } else if (strategy == BindingStrategy.MEMBER) {
            code.addStatement(
                    "$T target = $T.self(object, $T.class, $T.$N)", type, Receivers.class, type, contract, verb);
            receiver = CodeBlock.of("target");
        } else if (strategy == BindingStrategy.COMPONENT) {
            code.addStatement(
                    "$T target = $T.component(adapter, object, $T.class, $T.$N)",
                    type,
                    Receivers.class,
                    type,
                    contract,
                    verb);
            receiver = CodeBlock.of("target");
        } else {
            throw new IllegalStateException("unhandled strategy " + strategy);
        }
        CodeBlock access;
        if (t.isFieldWrite()) {
            return code.addStatement("$L.$N = $L", receiver, t.member().getName(), args.get(0))
                    .build();
        } else if (t.isField()) {
            access = CodeBlock.of("$L.$N", receiver, t.member().getName());
        } else {
            access = CodeBlock.of("$L.$N($L)", receiver, t.member().getName(), CodeBlock.join(args, ", "));
        }
        if (!b.semantic().returnsValue()) {
            return code.addStatement("$L", access).build();
        }
        Value result = new Value(access, t.returnType());
        switch (b.semantic().returns()) {
            case "number":
                return code.addStatement("return $L", result.asDouble()).build();
            case "bool":
                return code.addStatement("return $L", result.as(boolean.class)).build();
            default:
                return code.addStatement("return $T.valueOf($L)", String.class, access)
                        .build();
        }
    }
}
