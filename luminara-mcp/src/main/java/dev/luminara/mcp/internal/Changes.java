package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.InvalidRequestException;
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

    /** Reads a step from its JSON form; {@code field} names it in messages. */
    static Step parse(String field, JsonNode json) {
        if (json == null || !json.isObject()) throw new InvalidArgumentException(field, "expected an object");
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual()) {
            throw new InvalidArgumentException(field + ".type", "expected a command or intent type name");
        }
        String t = type.textValue();
        Numbers.check(field, json);
        try {
            if (INTENTS.contains(t)) return intent(checkedIntent(field, AiJson.read(json, AiIntent.class)));
            if (COMMANDS.contains(t)) return command(AiJson.read(json, EngineCommand.class));
        } catch (InvalidRequestException e) {
            throw new InvalidArgumentException(field, e.getMessage());
        }
        if (t.equals("CreateScript") || t.equals("ModifyScript") || t.equals("WriteScriptBytes")) {
            throw new InvalidArgumentException(field + ".type", t + ": script sources go through script_apply");
        }
        throw new InvalidArgumentException(
                field + ".type", "unknown type '" + t + "' (expected one of " + INTENTS + " or " + COMMANDS + ")");
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
