package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Changing the scene: create, modify, destroy, intents, and atomic batches; each is one undoable operation. */
final class SceneTools {
    /** Names that {@code Refs.entity} would read as an id ({@code 7v0}) or that look like one ({@code 7}). */
    private static final Pattern READS_AS_ID = Pattern.compile("\\d+(v\\d+)?");

    private SceneTools() {}

    static List<ToolSpec> all(EngineHost host) {
        return List.of(
                create(host),
                modify(host),
                destroy(host),
                intent(host).withOutput(Schema.operationOutput()),
                batch(host).withOutput(Schema.operationOutput()));
    }

    private static Reply done(EngineHost host, Operation op) {
        return Reply.of(summary(op), Refs.operation(op, host.timeline()));
    }

    private static String summary(Operation op) {
        return "operation #" + op.id() + (op.changeSummary() == null ? "" : ": " + op.changeSummary())
                + (op.result().entitiesCreated().isEmpty()
                        ? ""
                        : " created " + Refs.listed(op.result().entitiesCreated()));
    }

    static ToolSpec create(EngineHost host) {
        Schema in = Schema.object()
                .str("name", null, 200, false)
                .strings("tags", null, 32, false)
                .obj("components", "component name -> scene JSON, e.g. {\"MeshShape\":{\"kind\":\"BOX\"}}", false)
                .vec3("position", null, false)
                .str("parent", Schema.ENTITY, 200, false);
        return ToolSpec.changing("scene_create_entity", "Spawns one entity (undoable).", in, (a, c) -> {
            a.only("name", "tags", "components", "position", "parent");
            Map<String, ObjectNode> components = new LinkedHashMap<>();
            a.optObject("components").ifPresent(obj -> {
                Numbers.check("components", obj);
                for (Map.Entry<String, JsonNode> f : obj.properties()) {
                    if (!(f.getValue() instanceof ObjectNode v)) {
                        throw new InvalidArgumentException("components." + f.getKey(), "expected an object");
                    }
                    components.put(f.getKey(), v);
                }
            });
            String asked = a.optString("name").orElse(null);
            if (asked != null && READS_AS_ID.matcher(asked).matches()) {
                throw new InvalidArgumentException(
                        "name",
                        "'" + asked + "' reads as an entity id (digits, or digits 'v' digits like 7v0), so it could"
                                + " never be looked up by name; choose another name");
            }
            if (components.containsKey("Name")) {
                throw new InvalidArgumentException("components.Name", "give the name as the name argument instead");
            }
            Vec3 position = a.optVec3("position").orElse(null);
            ObjectNode transform = components.get("Transform");
            if (position != null && transform != null && transform.has("position")) {
                throw new InvalidArgumentException(
                        "position", "give position or components.Transform.position, not both");
            }
            String name = asked == null ? null : host.call(w -> unique(w, asked));
            EntityTemplate template = new EntityTemplate(name, a.strings("tags", 32), components);
            Entity parent = a.optString("parent")
                    .map(p -> Refs.entity(host, "parent", p))
                    .orElse(null);
            EngineCommand spawn = new EngineCommand.SpawnEntity(null, template, position, parent);
            String prompt = "scene_create_entity " + (name == null ? "" : name);
            Operation op = Changes.apply(host, prompt.trim(), List.of(Changes.command(spawn)), List.of("mcp"));
            if (name == null || name.equals(asked)) return done(host, op);
            // as intents do: a taken name gets the first free suffix, and the reply says so
            ObjectNode o = Refs.operation(op, host.timeline());
            o.put("name", name).put("renamedFrom", asked);
            return Reply.of(summary(op) + "; named it " + name + " (" + asked + " is taken)", o);
        });
    }

    /** {@code name}, or with the first free suffix {@code _2}, {@code _3}, … when an entity has it already. */
    private static String unique(World w, String name) {
        Set<String> taken = new HashSet<>();
        w.query(Name.class).forEach(Name.class, (e, n) -> taken.add(n.value()));
        if (!taken.contains(name)) return name;
        for (int i = 2; ; i++) {
            if (!taken.contains(name + "_" + i)) return name + "_" + i;
        }
    }

    static ToolSpec modify(EngineHost host) {
        Schema in = Schema.object()
                .str("entity", Schema.ENTITY, 200, true)
                .str("component", "e.g. Transform", 100, true)
                .obj("patch", "fields to set, e.g. {\"position\":[0,1,0]}; adds the component if missing", false)
                .bool("remove", "remove the component instead");
        return ToolSpec.changing(
                "scene_modify", "Sets fields of one component (or adds/removes it); undoable.", in, (a, c) -> {
                    a.only("entity", "component", "patch", "remove");
                    Entity e = Refs.entity(host, "entity", a.string("entity"));
                    String component = a.string("component");
                    boolean remove = a.bool("remove", false);
                    EngineCommand cmd;
                    if (remove) {
                        if (a.has("patch"))
                            throw new InvalidArgumentException("patch", "give patch or remove, not both");
                        cmd = new EngineCommand.RemoveComponent(e, component);
                    } else {
                        ObjectNode patch = a.optObject("patch")
                                .orElseThrow(() -> new InvalidArgumentException("patch", "required unless remove"));
                        if (patch.isEmpty()) {
                            throw new InvalidArgumentException("patch", "patch is empty: nothing to change");
                        }
                        Numbers.check("patch", patch);
                        boolean has = host.call(w -> w.components(e).stream()
                                .anyMatch(r -> dev.luminara.ai.command.ComponentValues.nameOf(r)
                                        .equals(component)));
                        cmd = has
                                ? new EngineCommand.ModifyComponent(e, component, new ComponentMutation.Merge(patch))
                                : new EngineCommand.AddComponent(e, component, patch);
                    }
                    return done(
                            host,
                            Changes.apply(
                                    host,
                                    "scene_modify " + e + " " + component,
                                    List.of(Changes.command(cmd)),
                                    List.of("mcp")));
                });
    }

    static ToolSpec destroy(EngineHost host) {
        Schema in = Schema.object().str("entity", Schema.ENTITY, 200, true);
        return ToolSpec.changing("scene_destroy", "Destroys an entity and its children (undoable).", in, (a, c) -> {
            a.only("entity");
            Entity e = Refs.entity(host, "entity", a.string("entity"));
            return done(
                    host,
                    Changes.apply(
                            host,
                            "scene_destroy " + e,
                            List.of(Changes.command(new EngineCommand.DestroyEntity(e))),
                            List.of("mcp")));
        });
    }

    static ToolSpec intent(EngineHost host) {
        Schema in = Schema.object()
                .obj(
                        "intent",
                        "{type: SpawnRelative|ModifyMatching|AttachBehavior, ...}; forms in resource"
                                + " luminara://docs/intents",
                        true)
                .str("prompt", "the user's request, kept in the timeline", 2000, false);
        return ToolSpec.changing(
                "intent_apply",
                "Applies a semantic intent: spawn relative to an entity (e.g. 2 m in front of the player), modify"
                        + " every match, attach a behaviour. References by name, tag, nearest or description.",
                in,
                (a, c) -> {
                    a.only("intent", "prompt");
                    AiIntent intent = readIntent(a.object("intent"));
                    String prompt = a.optString("prompt")
                            .orElse("intent_apply " + intent.getClass().getSimpleName());
                    List<String> tags =
                            List.of("mcp", "intent:" + intent.getClass().getSimpleName());
                    return done(host, Changes.apply(host, prompt, List.of(Changes.intent(intent)), tags));
                });
    }

    static AiIntent readIntent(ObjectNode json) {
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual() || !Changes.INTENTS.contains(type.textValue())) {
            throw new InvalidArgumentException("intent.type", "expected one of " + Changes.INTENTS);
        }
        Numbers.check("intent", json);
        return Changes.checkedIntent("intent", JsonRead.read("intent", json, AiIntent.class));
    }

    static ToolSpec batch(EngineHost host) {
        ObjectNode step = Schema.type("object");
        Schema in = Schema.object()
                .array(
                        "steps",
                        "commands/intents by JSON form ({type: SpawnEntity|AddComponent|...|SpawnRelative|...})",
                        step,
                        100,
                        true)
                .str("prompt", null, 2000, false);
        return ToolSpec.changing(
                "batch", "Applies several commands and intents as one operation: all or nothing.", in, (a, c) -> {
                    a.only("steps", "prompt");
                    ArrayNode arr = a.array("steps", 100);
                    List<Changes.Step> steps = new ArrayList<>();
                    for (int i = 0; i < arr.size(); i++) steps.add(Changes.parse(host, "steps[" + i + "]", arr.get(i)));
                    String prompt = a.optString("prompt").orElse("batch of " + steps.size());
                    return done(host, Changes.apply(host, prompt, steps, List.of("mcp", "batch")));
                });
    }
}
