package dev.luminara.ai.context;

import dev.luminara.core.ComponentType;
import dev.luminara.core.World;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.schema.FieldSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Component schemas for agents. "Commonly paired with" is learnt from the world: the components at least half of the
 * entities with this one also have, most frequent first, followed by those its author declared.
 */
public final class SchemaDiscovery {
    /** A component counts as paired when at least this share of the entities with the first have it too. */
    static final double PAIRED_SHARE = 0.5;

    private final World world;

    public SchemaDiscovery(World world) {
        this.world = world;
    }

    /** The schema of a component by name; an unknown name fails with suggestions. */
    public ComponentSchema schema(String component, SchemaLevel level) {
        ComponentType<?> type = world.components().byName(component);
        ComponentSchema schema = type.schema().withPairedWith(pairedWith(type));
        return level == SchemaLevel.FULL ? schema : brief(schema);
    }

    public List<ComponentSchema> all(SchemaLevel level) {
        List<ComponentSchema> out = new ArrayList<>();
        for (String name : world.components().names()) out.add(schema(name, level));
        return out;
    }

    /** Measured co-occurrence first, then the declared pairings not already listed. */
    List<String> pairedWith(ComponentType<?> type) {
        int with = world.query(type.type()).count();
        Set<String> out = new LinkedHashSet<>();
        if (with > 0) {
            List<Object[]> shares = new ArrayList<>();
            for (ComponentType<?> other : world.components().all()) {
                if (other == type) continue;
                int both = world.query(type.type(), other.type()).count();
                double share = (double) both / with;
                if (share >= PAIRED_SHARE) shares.add(new Object[] {other.name(), share});
            }
            shares.sort(
                    Comparator.comparingDouble((Object[] s) -> -(double) s[1]).thenComparing(s -> (String) s[0]));
            shares.forEach(s -> out.add((String) s[0]));
        }
        out.addAll(type.schema().commonlyPairedWith());
        return new ArrayList<>(out);
    }

    static ComponentSchema brief(ComponentSchema s) {
        return new ComponentSchema(
                s.name(), "", s.category(), briefFields(s.fields()), List.of(), s.commonlyPairedWith());
    }

    private static List<FieldSchema> briefFields(List<FieldSchema> fields) {
        List<FieldSchema> out = new ArrayList<>();
        for (FieldSchema f : fields) {
            out.add(new FieldSchema(
                    f.name(), f.typeName(), "", f.defaultValue(), f.constraints(), briefFields(f.fields())));
        }
        return out;
    }
}
