package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.EngineInfo;
import dev.luminara.lunyscript.SemanticVersion;
import java.util.Map;

/**
 * LunyScript on Luminara's own core. Objects are {@link EntityHandle}s; components are views over the entity's
 * records ({@link BodyView} over Velocity, {@link TransformView}, {@link SteeringView}, {@link AudioView}), present
 * when the entity has the record they need. Assets are looked up in a name → clip catalog (the horn is a synthesised
 * {@code tone:440}, which the core's mixer plays without an asset file).
 */
public final class CoreEngineAdapter implements EngineAdapter {
    public static final String ENGINE = "Luminara";
    public static final SemanticVersion VERSION = new SemanticVersion(0, 1, 0);

    private final World world;
    private final Map<String, String> assets;

    public CoreEngineAdapter(World world) {
        this(world, Map.of("HornSound", "tone:440"));
    }

    public CoreEngineAdapter(World world, Map<String, String> assets) {
        this.world = world;
        this.assets = Map.copyOf(assets);
    }

    public World world() {
        return world;
    }

    public EntityHandle object(Entity entity) {
        return new EntityHandle(world, entity);
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo(ENGINE, VERSION);
    }

    @Override
    public Class<?> objectType() {
        return EntityHandle.class;
    }

    @Override
    public Object component(Object nativeObject, Class<?> type) {
        EntityHandle h = (EntityHandle) nativeObject;
        // The handle's own world: one adapter (and one set of generated services) can serve several worlds.
        World world = h.world();
        Entity e = h.entity();
        if (type == BodyView.class) {
            return world.has(e, Velocity.class) || world.has(e, RigidBody.class) ? new BodyView(world, e) : null;
        }
        if (type == TransformView.class) return world.has(e, Transform.class) ? new TransformView(world, e) : null;
        if (type == SteeringView.class) return new SteeringView(world, e);
        if (type == AudioView.class) return world.has(e, AudioSource.class) ? new AudioView(world, e) : null;
        return null;
    }

    @Override
    public String missing(Class<?> type) {
        if (type == BodyView.class) return "Velocity or RigidBody component (add one to move it)";
        if (type == TransformView.class) return "Transform component";
        if (type == AudioView.class) return "AudioSource component (add one to play its sound)";
        return type.getSimpleName();
    }

    @Override
    public Object lookupAsset(String name, Class<?> type) {
        return assets.get(name);
    }

    @Override
    public Object lookupObject(String name) {
        for (Entity e : world.entities()) {
            if (world.find(e, Name.class).map(n -> n.value().equals(name)).orElse(false)) return object(e);
        }
        return null;
    }
}
