package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.LunyObject;

/**
 * A Luminara entity as LunyScript sees it, and the native object of the Luminara engine: Member bindings target its
 * properties. Components are immutable records, so every setter here (and in the views) builds the new record and
 * writes it back with {@code world.set}; structural changes ({@link #destroy}) are queued as commands.
 *
 * <p>Luminara has no enabled flag of its own: an entity is disabled while it carries the tag {@value #DISABLED_TAG},
 * which scenes save and tools see; LunyScript skips the scripts of disabled entities.
 */
public final class EntityHandle implements LunyObject {
    public static final String DISABLED_TAG = "disabled";

    private final World world;
    private final Entity entity;

    public EntityHandle(World world, Entity entity) {
        this.world = world;
        this.entity = entity;
    }

    public World world() {
        return world;
    }

    public Entity entity() {
        return entity;
    }

    @Override
    public Object nativeObject() {
        return this;
    }

    @Override
    public String name() {
        if (!world.isAlive(entity)) return entity.toString();
        return world.find(entity, Name.class).map(Name::value).orElse(entity.toString());
    }

    @Override
    public boolean isAlive() {
        return world.isAlive(entity);
    }

    @Override
    public boolean isEnabled() {
        return !world.find(entity, Tags.class).map(t -> t.has(DISABLED_TAG)).orElse(false);
    }

    public void setEnabled(boolean enabled) {
        Tags tags = world.find(entity, Tags.class).orElse(Tags.of());
        Tags next = enabled ? tags.without(DISABLED_TAG) : tags.with(DISABLED_TAG);
        if (!next.equals(tags)) world.set(entity, next);
    }

    public Vec3 getPosition() {
        return world.find(entity, Transform.class).orElse(Transform.IDENTITY).position();
    }

    public void setPosition(Vec3 position) {
        world.set(
                entity,
                world.find(entity, Transform.class).orElse(Transform.IDENTITY).withPosition(position));
    }

    /** Despawns at the next command sync point (after the current stage), as systems must. */
    public void destroy() {
        world.commands().despawn(entity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityHandle h && h.world == world && h.entity.equals(entity);
    }

    @Override
    public int hashCode() {
        return entity.hashCode();
    }

    @Override
    public String toString() {
        return "EntityHandle[" + entity + "]";
    }
}
