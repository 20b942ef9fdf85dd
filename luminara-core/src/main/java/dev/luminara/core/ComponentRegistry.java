package dev.luminara.core;

import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.Description;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.internal.BuiltinCodecs;
import dev.luminara.core.internal.Columns;
import dev.luminara.core.internal.PackedCodec;
import dev.luminara.core.internal.RecordLayout;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.schema.Schemas;
import dev.luminara.core.schema.Suggest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The component types a world knows, by class and by name. Built-ins are registered first, in a fixed order, so their
 * ids are the same in every world; user records are registered explicitly or on first use.
 */
public final class ComponentRegistry {
    private final List<ComponentType<?>> byId = new ArrayList<>();
    private final Map<Class<?>, ComponentType<?>> byClass = new HashMap<>();
    private final Map<String, ComponentType<?>> byName = new TreeMap<>();

    ComponentRegistry() {
        register(Name.class);
        register(Description.class);
        register(Tags.class);
        register(Transform.class, BuiltinCodecs.TRANSFORM);
        register(GlobalTransform.class, BuiltinCodecs.GLOBAL_TRANSFORM);
        register(Parent.class);
        register(Children.class);
        register(Velocity.class, BuiltinCodecs.VELOCITY);
        register(RigidBody.class);
        register(Collider.class);
        register(Camera.class);
        register(Light.class);
        register(MeshShape.class);
        register(AudioSource.class);
    }

    private ComponentRegistry(ComponentRegistry source) {
        byId.addAll(source.byId);
        byClass.putAll(source.byClass);
        byName.putAll(source.byName);
    }

    ComponentRegistry copy() {
        return new ComponentRegistry(this);
    }

    /** Registers a record as a component type; registering the same class again returns the existing type. */
    public synchronized <T extends Record> ComponentType<T> register(Class<T> type) {
        return register(type, null);
    }

    synchronized <T extends Record> ComponentType<T> register(Class<T> type, PackedCodec<T> codec) {
        @SuppressWarnings("unchecked")
        ComponentType<T> existing = (ComponentType<T>) byClass.get(type);
        if (existing != null) {
            return existing;
        }
        ComponentSchema schema = Schemas.of(type);
        ComponentType<?> clash = byName.get(schema.name());
        if (clash != null) {
            throw new InvalidComponentException(
                    schema.name(), "", "name already used by " + clash.type().getName());
        }
        ComponentInfo info = type.getAnnotation(ComponentInfo.class);
        RecordLayout layout = info != null && info.packed() ? RecordLayout.analyze(type) : null;
        PackedCodec<?> packed = layout == null ? null : (codec != null ? codec : Columns.reflectiveCodec(layout));
        ComponentType<T> ct = new ComponentType<>(byId.size(), type, schema, layout, packed);
        byId.add(ct);
        byClass.put(type, ct);
        byName.put(schema.name(), ct);
        return ct;
    }

    /** The type of a component class, registering it on first use. */
    @SuppressWarnings("unchecked")
    public <T extends Record> ComponentType<T> of(Class<T> type) {
        ComponentType<T> ct = (ComponentType<T>) byClass.get(type);
        return ct != null ? ct : register(type);
    }

    /** The type registered under {@code name}; an unknown name is reported with the closest known names. */
    public ComponentType<?> byName(String name) {
        ComponentType<?> ct = byName.get(name);
        if (ct == null) {
            throw new UnknownComponentException(name, Suggest.closest(name, byName.keySet()));
        }
        return ct;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    ComponentType<?> byId(int id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    /** Every registered type, sorted by name. */
    public List<ComponentType<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
