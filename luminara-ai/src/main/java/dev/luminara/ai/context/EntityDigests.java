package dev.luminara.ai.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.ComponentValues;
import dev.luminara.ai.command.JsonDiff;
import dev.luminara.ai.search.Bounds;
import dev.luminara.ai.search.PositionWords;
import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.FieldSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link EntityDigest}s at the three levels. The catalog line carries id, name, tags, position and component
 * names; detail adds the values of the components that are not on the line or derived, fields at their defaults left
 * out; full shows every component with every field.
 */
final class EntityDigests {
    private final World world;
    private final Bounds bounds;
    private final String query;

    EntityDigests(World world, Bounds bounds, String query) {
        this.world = world;
        this.bounds = bounds;
        this.query = query;
    }

    EntityDigest of(Entity e, int level, double relevance) {
        String name = world.find(e, Name.class).map(Name::value).orElse(null);
        List<String> tags =
                world.find(e, Tags.class).map(t -> List.copyOf(t.values())).orElse(List.of());
        Vec3 position = Positions.of(world, e).orElse(null);
        String where = position == null ? null : PositionWords.describe(position, bounds);
        List<String> names = new ArrayList<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Record r : world.components(e)) {
            String c = ComponentValues.nameOf(r);
            boolean onTheLine = r instanceof Name || r instanceof Tags || r instanceof Transform;
            boolean derived = r instanceof GlobalTransform || r instanceof Children;
            if (r instanceof Parent p) {
                names.add("child of " + p.entity());
            } else if (!onTheLine && !derived) {
                names.add(c);
            }
            if (level == BudgetFiller.FULL) {
                values.put(c, ComponentValues.toJson(r));
            } else if (level == BudgetFiller.DETAIL
                    && !derived
                    && !(r instanceof Name || r instanceof Tags || r instanceof Parent)) {
                ObjectNode shown = withoutDefaults(r);
                if (r instanceof Transform) shown.remove("position"); // already on the line
                if (shown.size() > 0) values.put(c, shown); // all defaults: the name on the line says enough
            }
        }
        names.sort(null);
        return new EntityDigest(e, name, position, where, names, tags, levelOf(e, level), values, relevance);
    }

    private DigestLevel levelOf(Entity e, int level) {
        if (level == BudgetFiller.FULL) return new DigestLevel.FullEntity(e);
        if (level == BudgetFiller.DETAIL) return new DigestLevel.EntityDetail(query);
        return new DigestLevel.EntityCatalog();
    }

    /** The component's JSON without the fields that hold their schema default. */
    private ObjectNode withoutDefaults(Record r) {
        ComponentType<?> type = world.components().of(r.getClass());
        ObjectNode json = ComponentValues.toJson(r);
        for (FieldSchema f : type.schema().fields()) {
            if (f.defaultValue() != null && JsonDiff.same(json.get(f.name()), f.defaultValue())) json.remove(f.name());
        }
        return json;
    }

    /** Names of the components whose values a block at {@code level} shows, for their schemas. */
    static List<String> shown(EntityDigest d) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = d.values().keySet().iterator(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
