package dev.luminara.ai.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.command.ComponentValues;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.Description;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialHit;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The searchable words of one entity, by field: its name, tags, colour, script names, description, what its
 * components make it (a "dynamic" "capsule", a "point light"), where it is ("north-east corner") and what it is near.
 */
final class EntityText {
    /** The scripting layer's component, resolved by name so that this module does not depend on it. */
    static final String SCRIPT_COMPONENT = "Script";

    private EntityText() {}

    static Map<SearchField, String> of(World world, Entity e, Vec3 position, Bounds bounds, Near near) {
        Map<SearchField, StringBuilder> text = new EnumMap<>(SearchField.class);
        world.find(e, Name.class).ifPresent(n -> add(text, SearchField.NAME, n.value()));
        world.find(e, Tags.class).ifPresent(t -> t.values().forEach(v -> add(text, SearchField.TAGS, v)));
        world.find(e, Description.class).ifPresent(d -> add(text, SearchField.DESCRIPTION, d.text()));
        for (Record r : world.components(e)) {
            add(text, SearchField.KIND, ComponentValues.nameOf(r));
            kindWords(r, text);
        }
        scriptName(world, e).ifPresent(s -> add(text, SearchField.SCRIPT, s));
        if (position != null) {
            add(text, SearchField.POSITION, PositionWords.describe(position, bounds));
            for (String name : near.names(e, position)) add(text, SearchField.NEAR, name);
        }
        world.find(e, Parent.class)
                .filter(p -> world.isAlive(p.entity()))
                .flatMap(p -> world.find(p.entity(), Name.class))
                .ifPresent(n -> add(text, SearchField.NEAR, n.value()));
        Map<SearchField, String> out = new EnumMap<>(SearchField.class);
        text.forEach((f, sb) -> out.put(f, sb.toString()));
        return out;
    }

    private static void kindWords(Record r, Map<SearchField, StringBuilder> text) {
        if (r instanceof MeshShape m) {
            add(text, SearchField.KIND, lower(m.kind()));
            add(text, SearchField.COLOR, m.color().nearestName());
        } else if (r instanceof Light l) {
            add(text, SearchField.KIND, lower(l.kind()) + " light lamp");
            add(text, SearchField.COLOR, l.color().nearestName());
        } else if (r instanceof Camera c) {
            add(text, SearchField.KIND, "camera " + lower(c.projection()));
        } else if (r instanceof RigidBody b) {
            add(text, SearchField.KIND, lower(b.kind()) + " body");
        } else if (r instanceof Collider c) {
            add(text, SearchField.KIND, lower(c.shape()) + (c.trigger() ? " trigger" : " solid"));
        } else if (r instanceof AudioSource a) {
            add(text, SearchField.KIND, "sound audio " + a.clip());
        } else if (r instanceof Velocity v && v.linear().lengthSquared() > 0) {
            add(text, SearchField.KIND, "moving");
        }
    }

    /** The script file's base name ({@code scripts/patrol.lua} → {@code patrol}) of a Script component, if any. */
    static Optional<String> scriptName(World world, Entity e) {
        if (!world.components().has(SCRIPT_COMPONENT)) return Optional.empty();
        return ComponentValues.find(world, e, SCRIPT_COMPONENT)
                .map(ComponentValues::toJson)
                .map(json -> json.get("path"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .map(EntityText::baseName);
    }

    static String baseName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void add(Map<SearchField, StringBuilder> text, SearchField field, String words) {
        StringBuilder sb = text.computeIfAbsent(field, f -> new StringBuilder());
        if (sb.length() > 0) sb.append(' ');
        sb.append(words);
    }

    /** Finds the named entities near a point: up to three, within a radius, the entity itself excluded. */
    static final class Near {
        private static final int MAX = 3;
        private final World world;
        private final SpatialIndex spatial;
        private final float radius;

        Near(World world, SpatialIndex spatial, float radius) {
            this.world = world;
            this.spatial = spatial;
            this.radius = radius;
        }

        float radius() {
            return radius;
        }

        List<String> names(Entity self, Vec3 at) {
            List<String> out = new java.util.ArrayList<>(MAX);
            for (SpatialHit h : spatial.nearest(at, MAX, e -> !e.equals(self) && world.has(e, Name.class))) {
                if (h.distance() <= radius)
                    out.add(world.get(h.entity(), Name.class).value());
            }
            return out;
        }
    }
}
