package dev.luminara.lunyscript.verb;

import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.ApiRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The verbs one engine offers to scripts and tools, by qualified name. Filled either by the generated
 * {@code GeneratedVerbs.register(table, descriptor)} or by {@link #fromRegistry}; both Lua ({@link LuaVerbs}) and the
 * scripting layer's API modules are built from a table, so there is one registration path for both kinds of binding.
 */
public final class VerbTable {
    private final Map<String, Verb> verbs = new TreeMap<>();

    public VerbTable add(Verb verb) {
        if (verbs.putIfAbsent(verb.qualifiedName(), verb) != null) {
            throw new LunyScriptException("verb " + verb.qualifiedName() + " is registered twice");
        }
        return this;
    }

    /** The exposed verbs of the registry's engine, dispatched through its bindings. */
    public static VerbTable fromRegistry(ApiRegistry registry) {
        VerbTable t = new VerbTable();
        for (ApiBinding b : registry.bindings()) {
            if (!b.semantic().exposedToLua()) continue;
            t.add(Verb.of(
                    b.semantic(), (ctx, args) -> b.invoke(ctx.object(), ctx.tracer(), ctx.correlationId(), args)));
        }
        return t;
    }

    /** The semantic {@code name} of {@code descriptor}, for generated registration code. */
    public static Semantic semantic(Descriptor descriptor, String name) {
        return descriptor
                .semantic(name)
                .orElseThrow(() -> new LunyScriptException("descriptor " + descriptor.file() + " has no semantic '"
                        + name + "': the generated code is newer than the descriptor"));
    }

    public Optional<Verb> find(String qualifiedName) {
        return Optional.ofNullable(verbs.get(qualifiedName));
    }

    public Collection<Verb> verbs() {
        return verbs.values();
    }

    public int size() {
        return verbs.size();
    }
}
