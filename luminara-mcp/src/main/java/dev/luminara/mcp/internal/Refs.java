package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.UnresolvedReferenceException;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationResult;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.core.Entity;
import java.util.List;

/** Entity references in tool arguments, and the JSON tools answer with for operations. */
final class Refs {
    private Refs() {}

    /** An entity named by id ({@code 12v0}) or by unique name; refused (naming {@code field}) if there is none. */
    static Entity entity(EngineHost host, String field, String text) {
        if (Args.looksLikeId(text)) {
            Entity e = Args.parseId(field, text);
            boolean alive = host.call(w -> w.isAlive(e));
            if (!alive) throw new InvalidArgumentException(field, "no live entity " + text);
            return e;
        }
        try {
            return host.ai().resolveReference(new EntityReference.ByName(text));
        } catch (UnresolvedReferenceException e) {
            throw new InvalidArgumentException(field, e.getMessage());
        }
    }

    static ObjectNode operation(Operation op, OperationTimeline timeline) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("operation", op.id());
        o.put("parent", op.parent());
        o.put("prompt", op.prompt());
        if (op.changeSummary() != null) o.put("summary", op.changeSummary());
        OperationResult r = op.result();
        o.set("created", ids(r.entitiesCreated()));
        o.set("modified", ids(r.entitiesModified()));
        o.set("destroyed", ids(r.entitiesDestroyed()));
        ArrayNode tags = o.putArray("tags");
        op.tags().forEach(tags::add);
        o.put("head", timeline.headId());
        o.put("branch", timeline.currentBranch());
        return o;
    }

    static ArrayNode ids(List<Entity> entities) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        entities.forEach(e -> a.add(e.toString()));
        return a;
    }
}
