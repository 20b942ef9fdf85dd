package dev.luminara.lunyscript.verb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.lunyscript.ArgumentException;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.param.ParamSpecs;
import dev.luminara.lunyscript.script.ScriptContext;
import java.util.List;

/**
 * A verb as scripting languages and tools see it: its contract and an invoker (generated service or reflective
 * binding). {@link #call} is the one place where Lua, WASM and MCP arguments are checked against the contract.
 */
public record Verb(Semantic semantic, List<ParamSpec> params, VerbInvoker invoker) {
    public Verb {
        params = List.copyOf(params);
    }

    public static Verb of(Semantic semantic, VerbInvoker invoker) {
        return new Verb(semantic, ParamSpecs.of(semantic), invoker);
    }

    public String qualifiedName() {
        return semantic.qualifiedName();
    }

    /** Processes each argument (default, required, type, clamp, allowed values), then invokes. */
    public Object call(ScriptContext context, Object... args) {
        if (args.length > params.size()) {
            throw new ArgumentException(
                    qualifiedName(),
                    params.isEmpty() ? "-" : params.get(params.size() - 1).name(),
                    "takes " + params.size() + " argument(s), got " + args.length);
        }
        Object[] processed = new Object[params.size()];
        for (int i = 0; i < processed.length; i++) {
            processed[i] = params.get(i).process(qualifiedName(), i < args.length ? args[i] : null);
        }
        return invoker.invoke(context, processed);
    }

    /** The JSON Schema of the verb's arguments, keyed by parameter name (an MCP tool's input schema). */
    public ObjectNode jsonSchema() {
        return ParamSpecs.jsonSchema(semantic);
    }
}
