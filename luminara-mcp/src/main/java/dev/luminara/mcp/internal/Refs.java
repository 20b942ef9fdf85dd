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
    /** The most entity ids a reply lists (counts say how many there are). */
    static final int LISTED = 20;

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
        boolean truncated = listIds(o, "created", r.entitiesCreated());
        truncated |= listIds(o, "modified", r.entitiesModified());
        truncated |= listIds(o, "destroyed", r.entitiesDestroyed());
        o.put("truncated", truncated);
        ArrayNode tags = o.putArray("tags");
        op.tags().forEach(tags::add);
        o.put("head", timeline.headId());
        o.put("branch", timeline.currentBranch());
        return o;
    }

    /**
     * The first {@link #LISTED} ids as {@code name} and how many there are as {@code nameCount}; true when some were
     * left out. A 5,000-entity spawn would otherwise answer with tens of KB of ids.
     */
    static boolean listIds(ObjectNode o, String name, List<Entity> entities) {
        o.set(name, ids(entities));
        o.put(name + "Count", entities.size());
        return entities.size() > LISTED;
    }

    /** At most the first {@link #LISTED} ids. */
    static ArrayNode ids(List<Entity> entities) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        entities.stream().limit(LISTED).forEach(e -> a.add(e.toString()));
        return a;
    }

    /** Ids for text: {@code [1v0, 2v0]}, or the first {@link #LISTED} and {@code "… and 4,980 more"}. */
    static String listed(List<Entity> entities) {
        String shown = entities.stream()
                .limit(LISTED)
                .map(Entity::toString)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        int more = entities.size() - LISTED;
        return more > 0 ? shown + " … and " + String.format(java.util.Locale.ROOT, "%,d", more) + " more" : shown;
    }
}
