package dev.luminara.ai.context;

import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.Parent;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.FieldSchema;
import dev.luminara.core.spatial.SpatialHit;
import dev.luminara.core.spatial.SpatialIndex;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph relevance flows over: an entity is linked to its parent and children, to the entities its components
 * refer to (entity-typed fields), and to its nearest neighbours in space. Edges are found lazily, per entity visited.
 */
final class EntityGraph {
    static final int SPATIAL_NEIGHBOURS = 4;
    private static final double HIERARCHY = 1.0, REFERENCE = 1.0, SPATIAL = 0.5;

    private final World world;
    private final SpatialIndex spatial;
    private final Map<Class<?>, List<RecordComponent>> entityFields = new HashMap<>();

    EntityGraph(World world, SpatialIndex spatial) {
        this.world = world;
        this.spatial = spatial;
    }

    /** Neighbours with edge weights (not normalised). */
    Map<Entity, Double> neighbours(Entity e) {
        Map<Entity, Double> out = new LinkedHashMap<>();
        if (!world.isAlive(e)) return out;
        world.find(e, Parent.class).map(Parent::entity).ifPresent(p -> add(out, p, HIERARCHY));
        world.find(e, Children.class).ifPresent(c -> c.entities().forEach(k -> add(out, k, HIERARCHY)));
        for (Record r : world.components(e)) {
            if (r instanceof Parent || r instanceof Children) continue;
            for (Entity ref : references(r)) add(out, ref, REFERENCE);
        }
        Vec3 p = Positions.of(world, e).orElse(null);
        if (p != null && p.isFinite()) {
            for (SpatialHit h : spatial.nearest(p, SPATIAL_NEIGHBOURS + 1, other -> !other.equals(e))) {
                add(out, h.entity(), SPATIAL / (1 + h.distance()));
            }
        }
        out.remove(e);
        return out;
    }

    private void add(Map<Entity, Double> out, Entity e, double w) {
        if (world.isAlive(e)) out.merge(e, w, Double::sum);
    }

    /** Entities named by a component's entity-typed fields (single, list, set or map values). */
    private List<Entity> references(Record r) {
        List<RecordComponent> fields = entityFields.computeIfAbsent(r.getClass(), c -> entityFieldsOf(r));
        List<Entity> out = new ArrayList<>();
        for (RecordComponent rc : fields) {
            Object v;
            try {
                var accessor = rc.getAccessor();
                accessor.setAccessible(true);
                v = accessor.invoke(r);
            } catch (ReflectiveOperationException ex) {
                continue;
            }
            if (v instanceof Entity ent) out.add(ent);
            else if (v instanceof Collection<?> c)
                c.forEach(x -> {
                    if (x instanceof Entity ent) out.add(ent);
                });
            else if (v instanceof Map<?, ?> m)
                m.values().forEach(x -> {
                    if (x instanceof Entity ent) out.add(ent);
                });
        }
        return out;
    }

    private List<RecordComponent> entityFieldsOf(Record r) {
        ComponentType<?> type = world.components().of(r.getClass());
        List<RecordComponent> out = new ArrayList<>();
        RecordComponent[] rcs = r.getClass().getRecordComponents();
        List<FieldSchema> fs = type.schema().fields();
        for (int i = 0; i < rcs.length && i < fs.size(); i++) {
            if (fs.get(i).typeName().contains("entity")) out.add(rcs[i]);
        }
        return out;
    }
}
