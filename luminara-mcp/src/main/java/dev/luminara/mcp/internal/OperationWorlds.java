package dev.luminara.mcp.internal;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.render.EntityChange;
import dev.luminara.render.EntityChangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world just before and just after one operation of the current branch, rebuilt on copies: the live world with
 * the later operations' inverses applied gives "after", and the operation's own inverses then give "before". Script
 * commands are left out (they do not change what is drawn).
 */
record OperationWorlds(Operation operation, World before, World after, List<EntityChange> changes) {

    static OperationWorlds of(EngineHost host, long id) {
        return host.call(w -> {
            OperationTimeline t = host.timeline();
            Operation target =
                    t.operation(id).orElseThrow(() -> new InvalidArgumentException("operation", "no operation #" + id));
            List<Operation> later = new ArrayList<>();
            long cursor = t.headId();
            while (cursor != id) {
                if (cursor == Operation.ROOT) {
                    throw new InvalidArgumentException(
                            "operation",
                            "#" + id + " is not on the current branch (" + t.currentBranch() + ", head #" + t.headId()
                                    + "); check out its branch first");
                }
                Operation op = t.operation(cursor).orElseThrow();
                later.add(op);
                cursor = op.parent();
            }
            World after = w.fork();
            CommandExecutor onAfter = new CommandExecutor(after, ScriptStore.inMemory());
            for (Operation op : later) onAfter.applyAll(drawable(op.inverses()));
            World before = after.fork();
            new CommandExecutor(before, ScriptStore.inMemory()).applyAll(drawable(target.inverses()));
            return new OperationWorlds(target, before, after, changes(target, before, after));
        });
    }

    /** The commands without the script-file ones (text or bytes): files are not drawn. */
    static List<EngineCommand> drawable(List<EngineCommand> commands) {
        List<EngineCommand> out = new ArrayList<>();
        for (EngineCommand c : commands) {
            if (!(c instanceof EngineCommand.CreateScript
                    || c instanceof EngineCommand.ModifyScript
                    || c instanceof EngineCommand.DeleteScript
                    || c instanceof EngineCommand.WriteScriptBytes)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The entity-level change list of an operation, from its commands. */
    static List<EntityChange> changes(Operation op, World before, World after) {
        Map<Entity, Set<String>> modified = new LinkedHashMap<>();
        for (EngineCommand c : op.commands()) {
            if (c instanceof EngineCommand.AddComponent a) touch(modified, a.entity(), a.component());
            else if (c instanceof EngineCommand.RemoveComponent r) touch(modified, r.entity(), r.component());
            else if (c instanceof EngineCommand.ModifyComponent m) touch(modified, m.entity(), m.component());
            else if (c instanceof EngineCommand.SetParent p) touch(modified, p.entity(), "Parent");
        }
        List<EntityChange> out = new ArrayList<>();
        var result = op.result();
        for (Entity e : result.entitiesCreated()) {
            out.add(new EntityChange(e, name(after, e), EntityChangeKind.SPAWNED, List.of()));
            modified.remove(e);
        }
        for (Entity e : result.entitiesDestroyed()) {
            out.add(new EntityChange(e, name(before, e), EntityChangeKind.DESPAWNED, List.of()));
            modified.remove(e);
        }
        modified.forEach((e, comps) ->
                out.add(new EntityChange(e, name(after, e), EntityChangeKind.MODIFIED, List.copyOf(comps))));
        return out;
    }

    private static void touch(Map<Entity, Set<String>> m, Entity e, String component) {
        m.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(component);
    }

    private static String name(World w, Entity e) {
        return w.isAlive(e) ? w.find(e, Name.class).map(Name::value).orElse(null) : null;
    }

    /** Every entity the operation touched (for highlighting). */
    List<Entity> touched() {
        return changes.stream().map(EntityChange::entity).toList();
    }
}
