package dev.luminara.script.internal;

import static dev.luminara.script.internal.Values.entity;
import static dev.luminara.script.internal.Values.entityOrSelf;
import static dev.luminara.script.internal.Values.selfParam;
import static dev.luminara.script.internal.Values.str;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.Labels;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.script.ApiCallException;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptJson;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code world}: spawn, destroy, find by name or tag, query by components, read and write components as JSON-shaped
 * values, and messages between scripts. Spawns and despawns are queued commands (applied after the script stage);
 * spawns count against max_entities_spawned.
 */
final class WorldModule {
    private WorldModule() {}

    static ApiModule create() {
        return ApiModule.builder("world")
                .description("Entities: spawn, destroy, find, query, components, tags and messages.")
                .function(ApiFunction.builder("self")
                        .returns(ValueType.ENTITY)
                        .description("The entity this script is attached to.")
                        .implementedBy((c, a) -> ScriptValue.of(c.entity())))
                .function(ApiFunction.builder("spawn")
                        .optional("name", ValueType.STRING, "Name of the new entity", ScriptValue.NIL)
                        .optional("position", ValueType.VEC3, "Position in metres", ScriptValue.NIL)
                        .optional("tags", ValueType.LIST, "Tags (a list of strings)", ScriptValue.NIL)
                        .returns(ValueType.ENTITY)
                        .description("Queues a new entity with a Transform (and Name, Tags if given); it exists after"
                                + " the script stage. Counts against max_entities_spawned.")
                        .implementedBy(WorldModule::spawn))
                .function(ApiFunction.builder("destroy")
                        .param("entity", ValueType.ENTITY, "Entity to destroy with its children")
                        .description("Queues the entity (and its children) for despawn after the script stage.")
                        .implementedBy((c, a) -> {
                            Entity e = entity(a.get(0));
                            c.world().requireAlive(e);
                            c.world().commands().despawn(e);
                            return ScriptValue.NIL;
                        }))
                .function(ApiFunction.builder("is_alive")
                        .param("entity", ValueType.ENTITY, "Entity to test")
                        .returns(ValueType.BOOL)
                        .description("Whether the entity exists.")
                        .implementedBy((c, a) -> ScriptValue.of(c.world().isAlive(entity(a.get(0))))))
                .function(ApiFunction.builder("find_by_name")
                        .param("name", ValueType.STRING, "Exact name")
                        .returns(ValueType.ENTITY)
                        .description("The first entity (lowest id) with this Name, or nil.")
                        .implementedBy((c, a) -> findByName(c.world(), str(a.get(0)))))
                .function(ApiFunction.builder("find_by_tag")
                        .param("tag", ValueType.STRING, "Tag")
                        .returns(ValueType.LIST)
                        .description("Every entity with this tag, in id order.")
                        .implementedBy((c, a) -> findByTag(c.world(), str(a.get(0)))))
                .function(ApiFunction.builder("query")
                        .param("components", ValueType.LIST, "Component names, e.g. {\"Transform\", \"Velocity\"}")
                        .returns(ValueType.LIST)
                        .description("Every entity that has all the named components, in id order.")
                        .implementedBy(WorldModule::query))
                .function(ApiFunction.builder("get_name")
                        .param(selfParam("Entity to read"))
                        .returns(ValueType.STRING)
                        .description("The entity's Name, or nil.")
                        .implementedBy((c, a) -> c.world()
                                .find(entityOrSelf(c, a.get(0)), Name.class)
                                .map(n -> ScriptValue.of(n.value()))
                                .orElse(ScriptValue.NIL)))
                .function(ApiFunction.builder("has_tag")
                        .param("entity", ValueType.ENTITY, "Entity to test")
                        .param("tag", ValueType.STRING, "Tag")
                        .returns(ValueType.BOOL)
                        .description("Whether the entity has the tag.")
                        .implementedBy((c, a) -> ScriptValue.of(c.world()
                                .find(entity(a.get(0)), Tags.class)
                                .map(t -> t.has(str(a.get(1))))
                                .orElse(false))))
                .function(ApiFunction.builder("add_tag")
                        .param("entity", ValueType.ENTITY, "Entity to tag")
                        .param("tag", ValueType.STRING, "Tag")
                        .description("Adds a tag.")
                        .implementedBy((c, a) -> {
                            Entity e = entity(a.get(0));
                            Tags t = c.world().find(e, Tags.class).orElse(null);
                            if (t != null) c.world().set(e, t.with(str(a.get(1))));
                            else c.world().commands().insert(e, Tags.of(str(a.get(1))));
                            return ScriptValue.NIL;
                        }))
                .function(ApiFunction.builder("remove_tag")
                        .param("entity", ValueType.ENTITY, "Entity to untag")
                        .param("tag", ValueType.STRING, "Tag")
                        .description("Removes a tag if present.")
                        .implementedBy((c, a) -> {
                            Entity e = entity(a.get(0));
                            c.world().find(e, Tags.class).ifPresent(t -> c.world()
                                    .set(e, t.without(str(a.get(1)))));
                            return ScriptValue.NIL;
                        }))
                .function(ApiFunction.builder("has_component")
                        .param("entity", ValueType.ENTITY, "Entity to test")
                        .param("component", ValueType.STRING, "Component name, e.g. \"RigidBody\"")
                        .returns(ValueType.BOOL)
                        .description("Whether the entity has the component.")
                        .implementedBy((c, a) -> ScriptValue.of(c.world()
                                .has(
                                        entity(a.get(0)),
                                        type(c.world(), str(a.get(1))).type()))))
                .function(ApiFunction.builder("get_component")
                        .param("entity", ValueType.ENTITY, "Entity to read")
                        .param("component", ValueType.STRING, "Component name")
                        .returns(ValueType.MAP)
                        .description("The component as a table shaped like its scene JSON, or nil.")
                        .implementedBy(WorldModule::getComponent))
                .function(ApiFunction.builder("set_component")
                        .param("entity", ValueType.ENTITY, "Entity to write")
                        .param("component", ValueType.STRING, "Component name")
                        .param("fields", ValueType.MAP, "Fields to change (merged into the current value)")
                        .description("Merges fields into the component (checked against its schema); adds it, at the"
                                + " end of the script stage, if the entity has none.")
                        .implementedBy(WorldModule::setComponent))
                .function(ApiFunction.builder("send_message")
                        .param("target", ValueType.ENTITY, "Entity whose scripts receive it")
                        .param("name", ValueType.STRING, "Message name")
                        .optional("payload", ValueType.ANY, "Any value", ScriptValue.NIL)
                        .description("Delivers on_message(sender, name, payload) to the target's scripts at the next"
                                + " script stage.")
                        .implementedBy((c, a) -> {
                            Entity target = entity(a.get(0));
                            c.world().requireAlive(target);
                            c.sendMessage(target, str(a.get(1)), a.get(2));
                            return ScriptValue.NIL;
                        }))
                .build();
    }

    private static ScriptValue spawn(CallContext c, List<ScriptValue> a) {
        List<Record> parts = new ArrayList<>();
        if (!a.get(0).isNil()) parts.add(Name.of(str(a.get(0))));
        Vec3 p = a.get(1).isNil() ? Vec3.ZERO : Values.vec(a.get(1));
        parts.add(Transform.at(p));
        List<String> tags = Values.strings(a.get(2));
        if (!tags.isEmpty()) parts.add(Tags.of(tags.toArray(new String[0])));
        return ScriptValue.of(c.spawn(parts.toArray(new Record[0])));
    }

    private static ScriptValue findByName(World w, String name) {
        List<Entity> found = Labels.named(w, name);
        return ScriptValue.of(found.isEmpty() ? null : found.get(0));
    }

    private static ScriptValue findByTag(World w, String tag) {
        return Values.entities(Labels.tagged(w, tag));
    }

    // Class<? extends Record>[] cannot be created generically; every element is a registered component class.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ScriptValue query(CallContext c, List<ScriptValue> a) {
        List<String> names = Values.strings(a.get(0));
        if (names.isEmpty()) throw new ApiCallException("world.query: give at least one component name");
        Class<? extends Record>[] types = new Class[names.size()];
        for (int i = 0; i < names.size(); i++)
            types[i] = type(c.world(), names.get(i)).type();
        List<Entity> es = c.world().query(types).entities();
        es.sort(null);
        return Values.entities(es);
    }

    private static ComponentType<?> type(World w, String name) {
        return w.components().byName(name);
    }

    private static ScriptValue getComponent(CallContext c, List<ScriptValue> a) {
        ComponentType<?> t = type(c.world(), str(a.get(1)));
        return c.world()
                .find(entity(a.get(0)), t.type())
                .map(r -> ScriptJson.fromJson(ComponentJson.toJson(r)))
                .orElse(ScriptValue.NIL);
    }

    private static ScriptValue setComponent(CallContext c, List<ScriptValue> a) {
        World w = c.world();
        Entity e = entity(a.get(0));
        ComponentType<?> t = type(w, str(a.get(1)));
        JsonNode patch = ScriptJson.toJson(a.get(2));
        Record current = w.find(e, t.type()).orElse(null);
        if (current != null) {
            w.set(e, ComponentJson.merge(current, t.schema(), patch));
        } else {
            w.commands().insert(e, ComponentJson.fromJson(t.type(), t.schema(), patch));
        }
        return ScriptValue.NIL;
    }
}
