package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.AppliedCommand;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every change a tool makes: engine commands and intents applied in order as one timeline operation, all or nothing.
 * Script sources are refused here (they go through the verifier: script_apply).
 */
final class Changes {
    static final Set<String> INTENTS = Set.of("SpawnRelative", "ModifyMatching", "AttachBehavior");
    static final Set<String> COMMANDS = Set.of(
            "SpawnEntity",
            "DestroyEntity",
            "RestoreEntities",
            "SetParent",
            "AddComponent",
            "RemoveComponent",
            "ModifyComponent",
            "DeleteScript");

    /** One step of a change: a command or an intent (resolved when its turn comes, against the world so far). */
    record Step(EngineCommand command, AiIntent intent) {}

    /** The most entities one intent may spawn (perf_estimate tells what more would cost). */
    static final int MAX_SPAWN = 10_000;

    private Changes() {}

    static Step command(EngineCommand c) {
        return new Step(c, null);
    }

    static Step intent(AiIntent i) {
        return new Step(null, i);
    }

    /**
     * Reads a step from its JSON form; {@code field} names it in messages. A command's {@code entity} and {@code
     * parent} may name an entity instead of giving its id, as in the other tools: the name must be unique in the world
     * as it is before the change (an entity the same batch creates has no id yet to give, and no name to find).
     */
    static Step parse(EngineHost host, String field, JsonNode json) {
        if (json == null || !json.isObject()) throw new InvalidArgumentException(field, "expected an object");
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual()) {
            throw new InvalidArgumentException(field + ".type", "expected a command or intent type name");
        }
        String t = type.textValue();
        Numbers.check(field, json);
        if (INTENTS.contains(t)) return intent(checkedIntent(field, JsonRead.read(field, json, AiIntent.class)));
        if (COMMANDS.contains(t)) {
            return command(JsonRead.read(field, namesToIds(host, field, (ObjectNode) json), EngineCommand.class));
        }
        if (t.equals("CreateScript") || t.equals("ModifyScript") || t.equals("WriteScriptBytes")) {
            throw new InvalidArgumentException(field + ".type", t + ": script sources go through script_apply");
        }
        throw new InvalidArgumentException(
                field + ".type", "unknown type '" + t + "' (expected one of " + INTENTS + " or " + COMMANDS + ")");
    }

    /** A copy of a command's JSON with entity names in {@code entity} and {@code parent} replaced by their ids. */
    private static ObjectNode namesToIds(EngineHost host, String field, ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        // a SpawnEntity's entity is the id to give the new one, not a reference
        List<String> refs =
                "SpawnEntity".equals(json.path("type").textValue()) ? List.of("parent") : List.of("entity", "parent");
        for (String member : refs) {
            JsonNode v = copy.get(member);
            if (v != null && v.isTextual() && isName(v.textValue())) {
                copy.put(
                        member,
                        Refs.entity(host, field + "." + member, v.textValue()).toString());
            }
        }
        return copy;
    }

    /** Not an id: commands also take a bare index ({@code "12"} is 12v0), as the engine's JSON does. */
    private static boolean isName(String text) {
        return !text.isBlank() && !Args.looksLikeId(text) && !text.matches("\\d{1,9}");
    }

    static AiIntent checkedIntent(String field, AiIntent intent) {
        if (intent instanceof AiIntent.SpawnRelative s && (s.count() < 1 || s.count() > MAX_SPAWN)) {
            throw new InvalidArgumentException(field + ".count", "expected 1.." + MAX_SPAWN + ", got " + s.count());
        }
        if (intent instanceof AiIntent.AttachBehavior b
                && b.behavior() != null
                && b.behavior().source() != null) {
            throw new InvalidArgumentException(
                    field + ".behavior.source", "custom behaviour code goes through script_apply (verified)");
        }
        return intent;
    }

    /** Applies the steps as one operation; if any step fails, everything applied is undone and nothing recorded. */
    static Operation apply(EngineHost host, String prompt, List<Step> steps, List<String> tags) {
        if (steps.isEmpty()) throw new InvalidArgumentException("steps", "nothing to apply");
        return host.call(w -> {
            CommandExecutor executor = host.ai().executor();
            List<AppliedCommand> done = new ArrayList<>();
            try {
                for (int i = 0; i < steps.size(); i++) {
                    Step s = steps.get(i);
                    List<EngineCommand> commands = s.command() != null
                            ? List.of(s.command())
                            : host.ai().resolve(s.intent());
                    try {
                        done.addAll(executor.applyAll(commands));
                    } catch (RuntimeException e) {
                        throw steps.size() == 1 ? e : new StepException(i, e);
                    }
                }
                checkResult(w, done);
                return host.timeline()
                        .record(new OperationDraft(
                                prompt,
                                "",
                                CommandExecutor.commands(done),
                                CommandExecutor.inverses(done),
                                null,
                                tags));
            } catch (RuntimeException e) {
                executor.applyAll(CommandExecutor.inverses(done));
                throw e;
            }
        });
    }

    /** Every value a change wrote must still be a finite number (scaling by a large factor twice can overflow). */
    private static void checkResult(dev.luminara.core.World w, List<AppliedCommand> done) {
        for (AppliedCommand a : done) {
            EngineCommand c = a.command();
            dev.luminara.core.Entity e = null;
            if (c instanceof EngineCommand.SpawnEntity s) e = s.entity();
            else if (c instanceof EngineCommand.AddComponent ac) e = ac.entity();
            else if (c instanceof EngineCommand.ModifyComponent m) e = m.entity();
            if (e == null || !w.isAlive(e)) continue;
            for (Record r : w.components(e)) {
                String name = dev.luminara.ai.command.ComponentValues.nameOf(r);
                Numbers.requireFinite(e + " " + name, dev.luminara.ai.command.ComponentValues.toJson(r));
            }
        }
    }

    /** Step {@code index} failed; the message names it. */
    static final class StepException extends dev.luminara.mcp.McpServerException {
        StepException(int index, RuntimeException cause) {
            super("step " + index + " failed (nothing was applied): " + cause.getMessage(), cause);
        }
    }
}
