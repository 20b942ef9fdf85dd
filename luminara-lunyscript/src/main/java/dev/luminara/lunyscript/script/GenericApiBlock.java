package dev.luminara.lunyscript.script;

import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.trace.Tracer;

/**
 * The seed's {@code GenericApiBlock}: a verb name and arguments, dispatched through the registry. The binding is
 * looked up once per registry and cached (a script usually runs against one engine).
 */
final class GenericApiBlock implements ScriptBlock {
    private final String name;
    private final Object[] args;
    private Cached cached;

    private record Cached(ApiRegistry registry, ApiBinding binding) {}

    GenericApiBlock(String name, Object[] args) {
        this.name = name;
        this.args = args.clone();
    }

    @Override
    public void execute(ScriptContext context) {
        evaluate(context);
    }

    Object evaluate(ScriptContext context) {
        ApiRegistry registry = context.registry();
        Cached c = cached;
        if (c == null || c.registry != registry) {
            c = new Cached(registry, registry.binding(name));
            cached = c;
        }
        Tracer tracer = context.tracer();
        // untraced, the plain call: one level less between a block and the binding's compiled chain
        return tracer.enabled()
                ? c.binding.invoke(context.object(), tracer, context.correlationId(), args)
                : c.binding.invoke(context.object(), args);
    }

    @Override
    public String toString() {
        return name + java.util.Arrays.toString(args);
    }
}
