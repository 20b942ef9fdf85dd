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
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changing the scene: create, modify, destroy, intents, and atomic batches; each is one undoable operation. */
final class SceneTools {
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
        ObjectNode o = Refs.operation(op, host.timeline());
        String text = "operation #" + op.id() + (op.changeSummary() == null ? "" : ": " + op.changeSummary())
                + (op.result().entitiesCreated().isEmpty()
                        ? ""
                        : " created " + Refs.listed(op.result().entitiesCreated()));
        return Reply.of(text, o);
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
            EntityTemplate template =
                    new EntityTemplate(a.optString("name").orElse(null), a.strings("tags", 32), components);
            Vec3 position = a.optVec3("position").orElse(null);
            ObjectNode transform = components.get("Transform");
            if (position != null && transform != null && transform.has("position")) {
                throw new InvalidArgumentException(
                        "position", "give position or components.Transform.position, not both");
            }
            Entity parent = a.optString("parent")
                    .map(p -> Refs.entity(host, "parent", p))
                    .orElse(null);
            EngineCommand spawn = new EngineCommand.SpawnEntity(null, template, position, parent);
            String prompt = "scene_create_entity " + (template.name() == null ? "" : template.name());
            return done(host, Changes.apply(host, prompt.trim(), List.of(Changes.command(spawn)), List.of("mcp")));
        });
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
