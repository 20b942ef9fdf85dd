package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.timeline.Branch;
import dev.luminara.ai.timeline.Conflict;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.ai.timeline.SelectiveUndoResult;
import java.util.List;

/** The operation timeline: log, undo, redo, selective undo, branches. */
final class TimelineTools {
    static final String BRANCH_NAME = "^[A-Za-z0-9_.-]{1,64}$";

    private TimelineTools() {}

    static List<ToolSpec> all(EngineHost host) {
        return List.of(
                log(host),
                undo(host).withOutput(Schema.operationOutput()),
                redo(host),
                selectiveUndo(host),
                branch(host),
                checkout(host));
    }

    static ObjectNode logJson(OperationTimeline t, int n) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("branch", t.currentBranch());
        o.put("head", t.headId());
        ArrayNode ops = o.putArray("operations");
        for (Operation op : t.log(n)) {
            ObjectNode e = ops.addObject();
            e.put("id", op.id());
            e.put("parent", op.parent());
            e.put("prompt", op.prompt());
            if (op.changeSummary() != null) e.put("summary", op.changeSummary());
            ArrayNode tags = e.putArray("tags");
            op.tags().forEach(tags::add);
        }
        ArrayNode branches = o.putArray("branches");
        for (Branch b : t.branches()) {
            branches.addObject().put("name", b.name()).put("head", b.head()).put("current", b.current());
        }
        return o;
    }

    static ToolSpec log(EngineHost host) {
        Schema in = Schema.object().integer("limit", "newest first, default 20", 1, 200, false);
        return ToolSpec.reading(
                "timeline_log", "Recent operations on the current branch, and all branches.", in, (a, c) -> {
                    a.only("limit");
                    int n = a.integer("limit", 1, 200, 20);
                    ObjectNode o = host.call(w -> logJson(host.timeline(), n));
                    return Reply.json(o);
                });
    }

    static ToolSpec undo(EngineHost host) {
        return ToolSpec.changing(
                "timeline_undo", "Undoes the newest operation on the current branch.", Schema.object(), (a, c) -> {
                    a.only();
                    Operation op = host.call(w -> host.timeline().undo());
                    return moved(host, "undid", op);
                });
    }

    static ToolSpec redo(EngineHost host) {
        return ToolSpec.changing("timeline_redo", "Redoes the operation undone last.", Schema.object(), (a, c) -> {
            a.only();
            Operation op = host.call(w -> host.timeline().redo());
            return moved(host, "redid", op);
        });
    }

    private static Reply moved(EngineHost host, String verb, Operation op) {
        ObjectNode o = host.call(w -> Refs.operation(op, host.timeline()));
        return Reply.of(
                verb + " #" + op.id() + " (" + op.prompt() + "); head is #"
                        + o.get("head").asLong(),
                o);
    }

    static ToolSpec selectiveUndo(EngineHost host) {
        Schema in = Schema.object().integer("operation", "id from timeline_log", 1, Long.MAX_VALUE, true);
        return ToolSpec.changing(
                "timeline_selective_undo",
                "Reverts one earlier operation, keeping later ones; refused with conflicts if a later one touched the"
                        + " same fields.",
                in,
                (a, c) -> {
                    a.only("operation");
                    long id = a.requiredLong("operation", 1);
                    SelectiveUndoResult r = host.call(w -> host.timeline().selectiveUndo(id));
                    if (!r.applied()) {
                        StringBuilder sb = new StringBuilder("conflicts, nothing changed:");
                        for (Conflict k : r.conflicts()) {
                            sb.append(" #")
                                    .append(k.operation())
                                    .append(' ')
                                    .append(k.what())
                                    .append(';');
                        }
                        return Reply.error("timeline_selective_undo: " + sb);
                    }
                    ObjectNode o = host.call(w -> Refs.operation(r.operation(), host.timeline()));
                    return Reply.of("reverted #" + id + " as #" + r.operation().id(), o);
                });
    }

    static ToolSpec branch(EngineHost host) {
        Schema in = Schema.object()
                .pattern("name", null, BRANCH_NAME, true)
                .integer("from", "operation id, default head", 0, Long.MAX_VALUE, false);
        return ToolSpec.changing("timeline_branch", "Creates a branch (at the head or an operation).", in, (a, c) -> {
            a.only("name", "from");
            String name = branchName(a);
            Branch b = host.call(w -> a.has("from")
                    ? host.timeline().createBranch(name, a.requiredLong("from", 0))
                    : host.timeline().createBranch(name));
            ObjectNode o =
                    JsonNodeFactory.instance.objectNode().put("name", b.name()).put("head", b.head());
            return Reply.of("branch " + b.name() + " at #" + b.head(), o);
        });
    }

    static ToolSpec checkout(EngineHost host) {
        Schema in = Schema.object().pattern("name", null, BRANCH_NAME, true);
        return ToolSpec.changing("timeline_checkout", "Switches the world to a branch's head.", in, (a, c) -> {
            a.only("name");
            String name = branchName(a);
            ObjectNode o = host.call(w -> {
                host.timeline().checkout(name);
                return JsonNodeFactory.instance
                        .objectNode()
                        .put("branch", host.timeline().currentBranch())
                        .put("head", host.timeline().headId());
            });
            return Reply.of("on " + name + " at #" + o.get("head").asLong(), o);
        });
    }

    private static String branchName(Args a) {
        String name = a.string("name");
        if (!name.matches(BRANCH_NAME)) {
            throw new InvalidArgumentException("name", "expected 1-64 letters, digits, '_', '.' or '-'");
        }
        return name;
    }
}
