package dev.luminara.ai.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One change to a world or to a project's scripts, as tools send it and as the timeline stores it. Every command,
 * applied with {@link CommandExecutor}, yields its exact inverse (itself a command), which is what undo replays.
 *
 * <p>Components are named as in scene files and their values are JSON in the scene form, so a command reads and
 * stores without Java types: {@code {"type": "AddComponent", "entity": "7v0", "component": "Velocity", "value":
 * {"linear": [0, 0, -3]}}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EngineCommand.SpawnEntity.class, name = "SpawnEntity"),
    @JsonSubTypes.Type(value = EngineCommand.DestroyEntity.class, name = "DestroyEntity"),
    @JsonSubTypes.Type(value = EngineCommand.RestoreEntities.class, name = "RestoreEntities"),
    @JsonSubTypes.Type(value = EngineCommand.AddComponent.class, name = "AddComponent"),
    @JsonSubTypes.Type(value = EngineCommand.RemoveComponent.class, name = "RemoveComponent"),
    @JsonSubTypes.Type(value = EngineCommand.ModifyComponent.class, name = "ModifyComponent"),
    @JsonSubTypes.Type(value = EngineCommand.SetParent.class, name = "SetParent"),
    @JsonSubTypes.Type(value = EngineCommand.CreateScript.class, name = "CreateScript"),
    @JsonSubTypes.Type(value = EngineCommand.ModifyScript.class, name = "ModifyScript"),
    @JsonSubTypes.Type(value = EngineCommand.DeleteScript.class, name = "DeleteScript"),
    @JsonSubTypes.Type(value = EngineCommand.WriteScriptBytes.class, name = "WriteScriptBytes")
})
public sealed interface EngineCommand {

    /**
     * Spawns an entity from a template, optionally at {@code position} (sets Transform.position) and under
     * {@code parent}. {@code entity} is filled in when the command is applied, so that redo spawns the same id; give
     * it yourself only to re-create a known id.
     */
    record SpawnEntity(Entity entity, EntityTemplate template, Vec3 position, Entity parent) implements EngineCommand {
        public SpawnEntity {
            template = template == null ? EntityTemplate.EMPTY : template;
        }

        public SpawnEntity withEntity(Entity id) {
            return new SpawnEntity(id, template, position, parent);
        }
    }

    /** Despawns an entity and its children; the inverse is a {@link RestoreEntities} of the whole subtree. */
    record DestroyEntity(Entity entity) implements EngineCommand {
        public DestroyEntity {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /**
     * Re-creates a destroyed subtree with its exact ids and components (Parent and Children included), root first,
     * and puts the parent's child list back as it was. This is the inverse of {@link DestroyEntity}.
     */
    record RestoreEntities(List<SavedEntity> entities, Entity parent, List<Entity> parentChildren)
            implements EngineCommand {
        public RestoreEntities {
            entities = List.copyOf(entities);
            parentChildren = parentChildren == null ? null : List.copyOf(parentChildren);
        }

        public Entity root() {
            return entities.get(0).id();
        }
    }

    /** Adds a component, or replaces the entity's component of that name. */
    record AddComponent(Entity entity, String component, ObjectNode value) implements EngineCommand {
        public AddComponent {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(component, "component");
            value = value == null ? null : value.deepCopy();
        }
    }

    record RemoveComponent(Entity entity, String component) implements EngineCommand {
        public RemoveComponent {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(component, "component");
        }
    }

    /** Changes fields of an existing component; the inverse puts back the old values of the fields that changed. */
    record ModifyComponent(Entity entity, String component, ComponentMutation mutation) implements EngineCommand {
        public ModifyComponent {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(mutation, "mutation");
        }
    }

    /**
     * Attaches {@code entity} to {@code parent} (or makes it a root when parent is null) at {@code index} in the
     * parent's child list (the end when null). Transform stays as it is, so it is now relative to the new parent.
     */
    record SetParent(Entity entity, Entity parent, Integer index) implements EngineCommand {
        public SetParent {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** Writes a script file under the project's script folder (replacing one that exists). */
    record CreateScript(String path, String source) implements EngineCommand {
        public CreateScript {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Replaces the source of an existing script file. */
    record ModifyScript(String path, String source) implements EngineCommand {
        public ModifyScript {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Deletes a script file: the inverse of creating one. */
    record DeleteScript(String path) implements EngineCommand {
        public DeleteScript {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Writes a script file's exact bytes, creating or replacing it: how a binary {@code .wasm} module is written (and
     * how undo puts back a file that is not UTF-8 text). In JSON the bytes are base64: {@code {"type":
     * "WriteScriptBytes", "path": "spin.wasm", "bytes": "AGFzbQEAAAA="}}.
     */
    record WriteScriptBytes(String path, byte[] bytes) implements EngineCommand {
        public WriteScriptBytes {
            Objects.requireNonNull(path, "path");
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
        }

        /** A copy: the command stays as recorded whatever the caller does with it. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The number of bytes, without copying them. */
        public int size() {
            return bytes.length;
        }

        // a record compares arrays by identity; commands are compared by content (tests, the timeline cache)
        @Override
        public boolean equals(Object o) {
            return o instanceof WriteScriptBytes w && w.path.equals(path) && Arrays.equals(w.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "WriteScriptBytes[path=" + path + ", " + bytes.length + " bytes]";
        }
    }
}
