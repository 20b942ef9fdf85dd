package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptValue;
import java.util.List;

/**
 * The LunyScript verbs as one tool whose schema enumerates them (the catalogue is the resource luminara://verbs).
 * A verb runs on a copy of the world first; what it changed there is applied to the game as one timeline operation
 * (so it is undoable), and a verb that changes nothing (a query, a sound, a log line) runs on the game itself.
 */
final class VerbTools {
    private VerbTools() {}

    static List<Semantic> verbs() {
        return DescriptorLoader.builtIn().semantics().values().stream()
                .filter(Semantic::exposedToLua)
                .sorted(java.util.Comparator.comparing(Semantic::qualifiedName))
                .toList();
    }

    static String catalogue() {
        StringBuilder sb = new StringBuilder("LunyScript verbs (verb_call: verb, entity, args):\n");
        for (Semantic s : verbs()) {
            sb.append(s.qualifiedName()).append('(');
            for (int i = 0; i < s.params().size(); i++) {
                ParamDef p = s.params().get(i);
                if (i > 0) sb.append(", ");
                sb.append(p.name()).append(": ").append(p.type());
                if (p.min() != null || p.max() != null)
                    sb.append(" ").append(p.min()).append("..").append(p.max());
                if (!p.required()) sb.append(" = ").append(p.defaultValue());
            }
            sb.append(')');
            if (s.returns() != null) sb.append(" -> ").append(s.returns());
            sb.append(": ").append(s.description()).append('\n');
        }
        return sb.toString();
    }

    static ToolSpec call(EngineHost host) {
        List<String> names = verbs().stream().map(Semantic::qualifiedName).toList();
        Schema in = Schema.object()
                .enumOf("verb", "catalogue: resource luminara://verbs", names, true)
                .str("entity", Schema.ENTITY, 200, true)
                .raw(
                        "args",
                        Schema.type("array")
                                .put("maxItems", 8)
                                .put(
                                        "description",
                                        "positional, in order (? optional; numbers unless typed): "
                                                + VerbArgs.signatures(verbs())
                                                + "; the rest take none. An x,y,z verb also takes one [x,y,z]"),
                        false);
        return ToolSpec.changing(
                "verb_call",
                "Calls a LunyScript gameplay verb on an entity (as its script would); undoable.",
                in,
                (a, c) -> {
                    a.only("verb", "entity", "args");
                    String verb = a.string("verb");
                    if (!names.contains(verb)) throw new InvalidArgumentException("verb", "expected one of " + names);
                    Entity target = Refs.entity(host, "entity", a.string("entity"));
                    ApiBinding binding = host.game()
                            .api()
                            .find(verb)
                            .orElseThrow(() -> new InvalidArgumentException("verb", verb + " is not registered"));
                    List<ScriptValue> args = VerbArgs.of(
                            verb, binding.function(), a.optArray("args", 8).orElse(null));
                    return run(host, verb, target, binding, args);
                });
    }

    private static Reply run(EngineHost host, String verb, Entity target, ApiBinding binding, List<ScriptValue> args) {
        // Dry run on a copy: what changed there becomes engine commands.
        WorldDiff.Result trial = host.call(w -> {
            World copy = w.fork();
            long tick = copy.checkpoint();
            ScriptValue result = binding.function().implementation().call(new VerbCall(copy, target), args);
            copy.applyCommands();
            return WorldDiff.between(w, copy, tick, result);
        });
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("verb", verb);
        o.put("entity", target.toString());
        if (trial.commands().isEmpty()) {
            ScriptValue live =
                    host.call(w -> binding.function().implementation().call(new VerbCall(w, target), args));
            o.put("result", String.valueOf(live == null ? ScriptValue.NIL : live));
            o.put("changed", false);
            return Reply.of(verb + " -> " + o.get("result").asText(), o);
        }
        Operation op = Changes.apply(
                host,
                "verb_call " + verb + " on " + target,
                trial.commands().stream().map(Changes::command).toList(),
                List.of("mcp", "verb:" + verb));
        o.put("result", String.valueOf(trial.result()));
        o.put("changed", true);
        o.set("operation", Refs.operation(op, host.timeline()));
        return Reply.of(verb + " -> operation #" + op.id(), o);
    }

    /** The call context a verb sees: the entity as its "script", spawns through the world's commands. */
    private record VerbCall(World world, Entity entity) implements CallContext {
        @Override
        public ScriptId script() {
            return ScriptId.of("mcp/verb_call.lua");
        }

        @Override
        public Entity spawn(Record... components) {
            return world.commands().spawn(components);
        }

        @Override
        public void sendMessage(Entity target, String name, ScriptValue payload) {
            throw new InvalidArgumentException("verb", "verbs that send messages need a running script");
        }
    }
}
