package dev.luminara.ai.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.ComponentValues;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@link AiIntent}s into {@link EngineCommand}s against the world as it is now: references become entity ids,
 * relative positions become coordinates, behaviours become a script file and a {@code Script} component. Nothing is
 * applied here; an unresolvable or ambiguous reference is an {@link UnresolvedReferenceException} listing candidates.
 */
public final class IntentResolver {
    /** The scripting layer's component, found by name so that this module does not depend on it. */
    public static final String SCRIPT_COMPONENT = "Script";

    private static final int MAX_SPAWN = 100_000;

    private final World world;
    private final ScriptStore scripts;
    private final ReferenceResolver references;
    private final PositionResolver positions;

    public IntentResolver(World world, SpatialIndex spatial, SemanticIndex index, ScriptStore scripts) {
        this.world = world;
        this.scripts = scripts;
        this.references = new ReferenceResolver(world, spatial, index);
        this.positions = new PositionResolver(world);
    }

    public List<EngineCommand> resolve(AiIntent intent) {
        if (intent instanceof AiIntent.SpawnRelative s) {
            return spawn(s);
        } else if (intent instanceof AiIntent.ModifyMatching m) {
            return modify(m);
        } else if (intent instanceof AiIntent.AttachBehavior a) {
            return attach(a);
        }
        throw new IllegalStateException("unhandled intent " + intent.getClass().getSimpleName());
    }

    /** The one entity a reference names; ambiguity is an error. */
    public Entity resolveReference(EntityReference reference) {
        return references.one(reference);
    }

    /** Every entity a reference matches (never empty). */
    public List<Entity> resolveAll(EntityReference reference) {
        return references.all(reference);
    }

    /** World positions for {@code count} entities placed at {@code position} relative to {@code anchor}. */
    public List<Vec3> resolvePositions(RelativePosition position, Entity anchor, int count, float spacing) {
        return positions.resolve(position, anchor, count, spacing);
    }

    private List<EngineCommand> spawn(AiIntent.SpawnRelative s) {
        if (s.count() < 1 || s.count() > MAX_SPAWN) {
            throw new IntentException("count must be within 1.." + MAX_SPAWN + ", got " + s.count());
        }
        Entity anchor = references.one(s.anchor());
        List<Vec3> points = positions.resolve(s.offset(), anchor, s.count(), s.spacing());
        Set<String> taken = new HashSet<>();
        world.query(Name.class).forEach(Name.class, (e, n) -> taken.add(n.value()));
        List<EngineCommand> out = new ArrayList<>(points.size());
        for (Vec3 p : points) {
            EntityTemplate t = s.template();
            if (t.name() != null) {
                String unique = unique(t.name(), taken);
                taken.add(unique);
                t = t.withName(unique);
            }
            out.add(new EngineCommand.SpawnEntity(null, t, p, null));
        }
        return out;
    }

    private static String unique(String name, Set<String> taken) {
        if (!taken.contains(name)) return name;
        for (int i = 2; ; i++) {
            if (!taken.contains(name + "_" + i)) return name + "_" + i;
        }
    }

    private List<EngineCommand> modify(AiIntent.ModifyMatching m) {
        ComponentType<?> type = world.components().byName(m.component());
        List<Entity> targets = references.all(m.target());
        List<Entity> lacking =
                targets.stream().filter(e -> !world.has(e, type.type())).toList();
        if (!lacking.isEmpty()) {
            throw new IntentException(lacking.size() + " of the " + targets.size() + " matched entities have no "
                    + m.component() + ": " + describe(lacking) + "; narrow the target or add the component first");
        }
        List<EngineCommand> out = new ArrayList<>();
        for (Entity e : targets) {
            // check the mutation now, so that a bad path or value fails before anything is applied
            ComponentValues.mutate(type, world.get(e, type.type()), m.mutation());
            out.add(new EngineCommand.ModifyComponent(e, m.component(), m.mutation()));
        }
        return out;
    }

    private List<EngineCommand> attach(AiIntent.AttachBehavior a) {
        if (!world.components().has(SCRIPT_COMPONENT)) {
            throw new IntentException("this world has no " + SCRIPT_COMPONENT
                    + " component; add the scripting plugin to attach behaviours");
        }
        Entity target = references.one(a.target());
        Optional<Record> existing = ComponentValues.find(world, target, SCRIPT_COMPONENT);
        if (existing.isPresent()) {
            throw new IntentException("entity " + target + " already runs "
                    + ComponentValues.toJson(existing.get()).path("path").asText("a script")
                    + "; an entity has one Script (detach it first, or attach to a child)");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        a.parameters().forEach((name, ref) -> values.put(name, parameter(ref)));
        String source = BehaviorLibrary.fill(a.behavior().name(), BehaviorLibrary.source(a.behavior()), values);
        String extension = a.behavior().language().toLowerCase(Locale.ROOT).equals("wat") ? ".wat" : ".lua";
        String base = "behaviors/" + slug(a.behavior().name()) + "-" + slug(label(target));
        String path = base + extension;
        for (int i = 2; scripts.read(path).filter(old -> !old.equals(source)).isPresent(); i++) {
            path = base + "-" + i + extension;
        }
        List<EngineCommand> out = new ArrayList<>();
        if (scripts.read(path).isEmpty()) out.add(new EngineCommand.CreateScript(path, source));
        ObjectNode component = JsonNodeFactory.instance.objectNode();
        component.put("path", path);
        component.put("enabled", true);
        ComponentValues.toRecord(world.components(), SCRIPT_COMPONENT, component); // checked before it is applied
        out.add(new EngineCommand.AddComponent(target, SCRIPT_COMPONENT, component));
        return out;
    }

    private JsonNode parameter(DynamicReference ref) {
        if (ref instanceof DynamicReference.Literal l) {
            return l.value();
        } else if (ref instanceof DynamicReference.EntityOf e) {
            // scripts find entities by name (world.find_by_name), so an entity parameter is its unique name
            Entity target = references.one(e.entity());
            String name = world.find(target, Name.class)
                    .map(Name::value)
                    .orElseThrow(() -> new IntentException(
                            "entity " + target + " has no Name; a behaviour can only refer to a named entity"));
            if (references.all(new EntityReference.ByName(name)).size() > 1) {
                throw new IntentException("the name '" + name + "' of " + target
                        + " is not unique; a behaviour finds its target by name");
            }
            return JsonNodeFactory.instance.textNode(name);
        } else if (ref instanceof DynamicReference.PositionOf p) {
            Entity e = references.one(p.entity());
            Vec3 v = Positions.of(world, e)
                    .orElseThrow(() -> new IntentException("entity " + e + " has no Transform, so it has no position"));
            return JsonNodeFactory.instance.arrayNode().add(v.x()).add(v.y()).add(v.z());
        }
        throw new IllegalStateException("unhandled parameter " + ref.getClass().getSimpleName());
    }

    private String label(Entity e) {
        return world.find(e, Name.class).map(Name::value).orElse(e.toString());
    }

    private static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return out.isEmpty() ? "x" : out;
    }

    private String describe(List<Entity> entities) {
        List<String> parts = new ArrayList<>();
        for (Entity e : entities.subList(0, Math.min(5, entities.size()))) {
            parts.add(e
                    + world.find(e, Name.class)
                            .map(n -> " \"" + n.value() + "\"")
                            .orElse(""));
        }
        return String.join(", ", parts) + (entities.size() > 5 ? ", …" : "");
    }
}
