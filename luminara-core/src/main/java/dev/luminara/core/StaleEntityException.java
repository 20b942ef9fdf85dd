package dev.luminara.core;

/** An entity id that was despawned, never existed, or is still only reserved by a pending spawn command. */
public final class StaleEntityException extends CoreException {
    private final Entity entity;

    public StaleEntityException(Entity entity, String why) {
        super("entity " + entity + " " + why);
        this.entity = entity;
    }

    public Entity entity() {
        return entity;
    }
}
